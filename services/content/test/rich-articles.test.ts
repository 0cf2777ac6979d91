// Rich articles: the body is stored as the one allow-list leaves it, whatever the browser sent; tags are kept
// clean; the files an article shows are recorded, and only files its writer may publish can be used.
import { testProviders } from '@strata/db/testing';
import { xssPayloads } from '@strata/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addFileRow } from '../../../tests/support/factories';

describe.each(await testProviders())('rich articles on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider);
  });
  afterAll(() => env?.drop());

  const columnOf = (unitId: number) => env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
  const used = async (articleId: number) =>
    (await env.db.articleFile.findMany({ where: { articleId }, orderBy: { fileId: 'asc' } })).map((f) => f.fileId);

  it('stores the body sanitised: scripts, handlers and script URLs never reach the database', async () => {
    const editor = await env.as('editor');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const article = await editor.content.articles.create({
      columnId: column.id,
      title: '富文本',
      body: '<h2 onclick="x()">标题</h2><p>正文<script>alert(1)</script><a href="javascript:alert(1)">链接</a></p>',
    });
    expect(article.body).toBe('<h2>标题</h2><p>正文链接</p>');
    expect((await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toBe(article.body);
    // Every payload is either refused at the boundary (control characters) or stored harmless.
    let stored = 0;
    for (const payload of xssPayloads) {
      const saved = await editor.content.articles
        .update({ id: article.id, body: `<p>正文</p>${payload}` })
        .catch((error: { code?: string }) => {
          expect(error.code).toBe('BAD_REQUEST');
          return null;
        });
      if (!saved) continue;
      stored += 1;
      // The sanitiser escapes every "<" of text, so each "<...>" left is a tag: none may be active.
      const tags = saved.body.match(/<[^>]*>/g) ?? [];
      for (const tag of tags)
        expect(tag).not.toMatch(
          /^<\/?(script|iframe|object|embed|svg|math|style|form|base|meta|link)\b|\son\w+\s*=|javascript:/i,
        );
    }
    expect(stored).toBeGreaterThan(xssPayloads.length / 2);
    // Nothing visible left: refused, and the article keeps its body.
    const before = (await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).body;
    await expect(
      editor.content.articles.update({ id: article.id, body: '<p><script>x</script></p>' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    expect((await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toBe(before);
  });

  it('keeps tags trimmed and once each, and replaces them on an edit', async () => {
    const editor = await env.as('editor');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const article = await editor.content.articles.create({
      columnId: column.id,
      title: '带标签',
      body: '<p>正文</p>',
      tags: [' 党建 ', '学习', '党建', 'Study', 'study'],
    });
    expect(article.tags).toEqual(['Study', '党建', '学习'].sort());
    const edited = await editor.content.articles.update({ id: article.id, tags: ['基层'] });
    expect(edited.tags).toEqual(['基层']);
    await expect(
      editor.content.articles.update({ id: article.id, tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('records the files a body and cover use; a file of a unit the writer cannot publish for is refused as missing', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const donghu = env.seed.townships.donghu!;
    // Grants in two townships, at home in neither's branch.
    const both = await addAccount(env, {
      unitId: chengguan.id,
      grants: [
        { role: 'content_editor', unitId: chengguan.id },
        { role: 'content_editor', unitId: donghu.id },
      ],
    });
    const writer = await env.as(both.username);
    const own = await addFileRow(env, chengguan.id);
    const elsewhere = await addFileRow(env, donghu.id);
    const pdf = await addFileRow(env, donghu.id, 'document');
    const column = await columnOf(chengguan.id);
    const article = await writer.content.articles.create({
      columnId: column.id,
      title: '带图片',
      body: `<p><img src="/files/${own.id}/a.png" alt="图"></p><p><a href="/files/${pdf.id}/b.pdf">附件</a></p>`,
      coverFileId: elsewhere.id,
    });
    expect(article.coverFileId).toBe(elsewhere.id);
    expect(await used(article.id)).toEqual([own.id, elsewhere.id, pdf.id].sort((a, b) => a - b));
    // An edit that drops the attachment records only what is left.
    await writer.content.articles.update({ id: article.id, body: `<p><img src="/files/${own.id}/a.png"></p>` });
    expect(await used(article.id)).toEqual([own.id, elsewhere.id].sort((a, b) => a - b));
    // A cover must be an image.
    await expect(writer.content.articles.update({ id: article.id, coverFileId: pdf.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'coverFileId',
    });

    // The editor of 城关镇 alone: 东湖街道's files answer as missing ones do, and nothing is written.
    const editor = await env.as('editor');
    const missingId = 999_999_999;
    for (const id of [elsewhere.id, missingId]) {
      const count = await env.db.article.count();
      await expect(
        editor.content.articles.create({
          columnId: column.id,
          title: '越权图片',
          body: `<p><img src="/files/${id}/x.png"></p>`,
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
      await expect(
        editor.content.articles.create({
          columnId: column.id,
          title: '越权封面',
          body: '<p>正文</p>',
          coverFileId: id,
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'coverFileId' });
      expect(await env.db.article.count()).toBe(count);
    }
    // Its own unit's file is fine.
    const mine = await editor.content.articles.create({
      columnId: column.id,
      title: '自己的图片',
      body: `<p><img src="/files/${own.id}/a.png"></p>`,
      coverFileId: own.id,
    });
    expect(await used(mine.id)).toEqual([own.id]);
  });

  it('compares revisions by the text a reader reads, not the markup', async () => {
    const editor = await env.as('editor');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const article = await editor.content.articles.create({
      columnId: column.id,
      title: '对比',
      body: '<p>第一段</p><p>第二段</p>',
    });
    await editor.content.articles.update({
      id: article.id,
      body: '<p>第一段</p><p><strong>第二段</strong></p><p>第三段</p>',
    });
    const diff = await editor.content.revisions.compare({ articleId: article.id, from: 1, to: 2 });
    const body = diff.fields.find((f) => f.field === 'body')!;
    const text = (parts: { text: string }[] | null) => parts?.map((p) => p.text).join('') ?? null;
    expect(body.rows.filter((r) => r.changed).map((r) => [text(r.left), text(r.right)])).toEqual([[null, '第三段']]);
  });
});
