import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';

const list = { page: 1, pageSize: 20, sort: 'updatedAt' as const, order: 'desc' as const };

describe.each(await testProviders())('articles on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 6 });
  });
  afterAll(() => env?.drop());

  it('pages, filters and sorts', async () => {
    const admin = await env.as('admin');
    const all = await admin.content.articles.list({ ...list, pageSize: 100 });
    expect(all.total).toBe(await env.db.article.count());
    const page2 = await admin.content.articles.list({ ...list, page: 2, pageSize: 7 });
    expect(page2.items).toHaveLength(7);
    expect(page2.items[0]?.id).toBe(all.items[7]?.id);
    const published = await admin.content.articles.list({ ...list, status: 'published', pageSize: 100 });
    expect(published.items.every((a) => a.status === 'published')).toBe(true);
    const byTitle = await admin.content.articles.list({ ...list, sort: 'title', order: 'asc', pageSize: 100 });
    const titles = byTitle.items.map((a) => a.title);
    expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const township = env.seed.townships.donghu!;
    const local = await admin.content.articles.list({ ...list, unitId: township.id, pageSize: 100 });
    const paths = await env.db.unit.findMany({ where: { id: { in: local.items.map((a) => a.unitId) } } });
    expect(paths.every((u) => u.path.startsWith(township.path))).toBe(true);
  });

  it('an editor creates a draft, cannot publish, a reviewer publishes; both are audited', async () => {
    const editor = await env.as('editor');
    const columns = await editor.content.columns.list({ unitId: env.seed.townships.chengguan!.id });
    const column = columns[1]!;
    const draft = await editor.content.articles.create({
      columnId: column.id,
      title: '编辑的草稿',
      summary: '',
      body: '正文',
      status: 'draft',
    });
    expect(draft.unitId).toBe(env.seed.townships.chengguan!.id);
    await expect(editor.content.articles.update({ id: draft.id, status: 'published' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await editor.content.articles.update({ id: draft.id, status: 'review' });
    const reviewer = await env.as('reviewer');
    const published = await reviewer.content.articles.update({ id: draft.id, status: 'published' });
    expect(published.publishedAt).not.toBeNull();
    // A reviewer of another township's unit does not see it at all.
    const donghu = await env.as('donghu');
    await expect(donghu.content.articles.update({ id: draft.id, status: 'archived' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await env.db.auditLog.count({ where: { entity: 'Article', entityId: String(draft.id) } })).toBe(3);
  });

  it('deletes a draft outright with an audit entry that keeps the before image', async () => {
    const admin = await env.as('chengguan');
    const { items } = await admin.content.articles.list({ ...list, status: 'draft' });
    const target = items[0]!;
    await admin.content.articles.delete({ id: target.id });
    await expect(admin.content.articles.get({ id: target.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'article.delete', entityId: String(target.id) },
    });
    expect(JSON.parse(entry.before ?? '{}').title).toBe(target.title);
  });
});

describe.each(await testProviders())('columns on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  it('reorders a unit’s columns, and refuses an order that is not exactly its columns', async () => {
    const admin = await env.as('chengguan');
    const unitId = env.seed.townships.chengguan!.id;
    const ids = (await admin.content.columns.list({ unitId })).map((c) => c.id);
    const reordered = [ids[5]!, ...ids.slice(0, 5)];
    const result = await admin.content.columns.reorder({ unitId, ids: reordered });
    expect(result.map((c) => c.id)).toEqual(reordered);
    expect((await admin.content.columns.list({ unitId })).map((c) => c.id)).toEqual(reordered);
    await expect(admin.content.columns.reorder({ unitId, ids: ids.slice(1) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(admin.content.columns.reorder({ unitId, ids: [...ids.slice(1), ids[1]!] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await admin.content.columns.list({ unitId })).map((c) => c.id)).toEqual(reordered);
  });
});
