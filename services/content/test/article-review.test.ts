// Review means review: what the public reads was published by a reviewer. An editor's change to published
// (or archived) content sends it back to review; only a reviewer edits it in place, withdraws or deletes it.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';

describe.each(await testProviders())('review of published articles on %s', (provider) => {
  let env: TestEnv;
  let columnId: number;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    columnId = (await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.townships.chengguan!.id } })).id;
  });
  afterAll(() => env?.drop());

  const published = async () => {
    const reviewer = await env.as('reviewer');
    return reviewer.content.articles.create({
      columnId,
      title: '已发布文章',
      summary: '',
      body: '正文',
      status: 'published',
    });
  };

  it('an editor’s edit of a published article goes back to review, not live', async () => {
    const article = await published();
    const editor = await env.as('editor');
    const edited = await editor.content.articles.update({ id: article.id, title: '编辑改过的标题', body: '新正文' });
    expect(edited).toMatchObject({ title: '编辑改过的标题', status: 'review' });
    const row = await env.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.status).toBe('review');
  });

  it('an editor may not pull a published article back to draft, nor delete it', async () => {
    const article = await published();
    const editor = await env.as('editor');
    await expect(editor.content.articles.update({ id: article.id, status: 'draft' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(editor.content.articles.delete({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe('published');
  });

  it('an editor’s edit sends published content back to review, but does not make it theirs to delete', async () => {
    const article = await published();
    const editor = await env.as('editor');
    expect((await editor.content.articles.update({ id: article.id, title: '编辑改过后想删除' })).status).toBe('review');
    await expect(editor.content.articles.delete({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: 'review',
      title: '编辑改过后想删除',
    });
  });

  it('a reviewer edits a published article in place and it stays published', async () => {
    const article = await published();
    const reviewer = await env.as('reviewer');
    const edited = await reviewer.content.articles.update({ id: article.id, title: '审核员改过的标题' });
    expect(edited).toMatchObject({ title: '审核员改过的标题', status: 'published', publishedAt: article.publishedAt });
    await reviewer.content.articles.update({ id: article.id, status: 'draft' });
    expect((await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe('draft');
  });

  it('an editor still works freely on drafts: edits, submits for review, deletes', async () => {
    const editor = await env.as('editor');
    const draft = await editor.content.articles.create({
      columnId,
      title: '草稿',
      summary: '',
      body: '正文',
      status: 'draft',
    });
    expect((await editor.content.articles.update({ id: draft.id, title: '草稿（改）' })).status).toBe('draft');
    expect((await editor.content.articles.update({ id: draft.id, status: 'review' })).status).toBe('review');
    await editor.content.articles.delete({ id: draft.id });
    expect(await env.db.article.count({ where: { id: draft.id } })).toBe(0);
  });
});
