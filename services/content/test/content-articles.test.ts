import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { fillTitleKeys } from '../src/articles/fill-title-keys';

const readerOrder = new Intl.Collator('zh-CN', { numeric: true }).compare;
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
    // As a zh-CN reader orders them (ICU's numeric collation as the independent judge): "（14）" before "（104）".
    expect(titles).toEqual([...titles].sort(readerOrder));
    const township = env.seed.townships.donghu!;
    const local = await admin.content.articles.list({ ...list, unitId: township.id, pageSize: 100 });
    const paths = await env.db.unit.findMany({ where: { id: { in: local.items.map((a) => a.unitId) } } });
    expect(paths.every((u) => u.path.startsWith(township.path))).toBe(true);
  });

  it('sorts titles naturally: numbers by value, Han by pinyin; keys missing after an upgrade are filled at start', async () => {
    const editor = await env.as('editor');
    const [column] = await editor.content.columns.list({ unitId: env.seed.townships.chengguan!.id });
    const titles = ['排序（104）', '排序（14）', '排序 张', '排序（2）', '排序 李'];
    for (const title of titles)
      await editor.content.articles.create({ columnId: column!.id, title, summary: '', body: '正文', status: 'draft' });
    const expected = ['排序 李', '排序 张', '排序（2）', '排序（14）', '排序（104）'].sort(readerOrder);
    const listed = async (order: 'asc' | 'desc') =>
      (await editor.content.articles.list({ ...list, search: '排序', sort: 'title', order })).items.map((a) => a.title);
    expect(await listed('asc')).toEqual(expected);
    expect(await listed('desc')).toEqual([...expected].reverse());
    // As if written before the key existed: the start-up fill restores the order.
    await env.db.article.updateMany({ where: { title: { startsWith: '排序' } }, data: { titleKey: '' } });
    expect(await fillTitleKeys(env.db)).toBe(titles.length);
    expect(await listed('asc')).toEqual(expected);
    expect(await fillTitleKeys(env.db)).toBe(0);
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
