// Destructive acts follow the workflow, as the demo's editor, reviewer and admins meet them through the
// router: a reviewer withdraws what is published; deleting what was ever public moves it to the recycle bin,
// out of every list and count, restorable for 30 days; only an admin purges; a never-public draft is deleted
// outright. Each act leaves exactly one audit entry.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addBinnedArticle } from './support/recycle-bin-rows';

const page = { page: 1, pageSize: 100 };
const list = { ...page, sort: 'updatedAt' as const, order: 'desc' as const };

describe.each(await testProviders())('the recycle bin on %s', (provider) => {
  let env: TestEnv;
  let columnId: number;
  let unitId: number;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    unitId = env.seed.townships.chengguan!.id;
    columnId = (await env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } })).id;
  });
  afterAll(() => env?.drop());

  const published = async (title = '曾经公开的文章') =>
    (await env.as('reviewer')).content.articles.create({
      columnId,
      title,
      summary: '',
      body: '正文',
      status: 'published',
    });
  const entries = (action: string, id: number) => env.db.auditLog.findMany({ where: { action, entityId: String(id) } });

  it('a reviewer’s delete of published content moves it to the bin, out of every list and count, and back', async () => {
    const reviewer = await env.as('reviewer');
    const article = await published('进回收站的文章');
    const countsBefore = await reviewer.content.articles.countByStatus({ unitId });
    const columnBefore = (await reviewer.content.columns.list({ unitId })).find((c) => c.id === columnId)!;

    expect(await reviewer.content.articles.delete({ id: article.id })).toEqual({ deletion: 'recycleBin' });
    expect((await reviewer.content.articles.list(list)).items.map((a) => a.id)).not.toContain(article.id);
    await expect(reviewer.content.articles.get({ id: article.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reviewer.content.articles.update({ id: article.id, title: '改一改' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await reviewer.content.articles.countByStatus({ unitId })).published.total).toBe(
      countsBefore.published.total - 1,
    );
    expect((await reviewer.content.columns.list({ unitId })).find((c) => c.id === columnId)!.articleCount).toBe(
      columnBefore.articleCount - 1,
    );
    // A second delete finds nothing to delete: it is in the bin, not live content.
    await expect(reviewer.content.articles.delete({ id: article.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const bin = await reviewer.content.recycleBin.list({ ...page, unitId });
    expect(bin.items.find((a) => a.id === article.id)).toMatchObject({
      title: '进回收站的文章',
      status: 'published',
      deletedByName: '城关镇审核员',
      daysLeft: 30,
      actions: { restore: true, purge: false },
    });
    expect(await entries('article.recycle', article.id)).toHaveLength(1);

    const restored = await reviewer.content.recycleBin.restore({ id: article.id });
    expect(restored).toMatchObject({ id: article.id, status: 'published', publishedAt: article.publishedAt });
    expect((await reviewer.content.articles.countByStatus({ unitId })).published).toEqual(countsBefore.published);
    expect((await reviewer.content.recycleBin.list({ ...page, unitId })).items.map((a) => a.id)).not.toContain(
      article.id,
    );
    expect(await entries('article.restore', article.id)).toHaveLength(1);
  });

  it('refuses a restore after 30 days with a message that says why, and leaves it for an admin', async () => {
    const reviewer = await env.as('reviewer', { locale: 'en-US' });
    const expired = await addBinnedArticle(env, unitId, { daysAgo: 31 });
    const bin = await reviewer.content.recycleBin.list({ ...page, unitId });
    expect(bin.items.find((a) => a.id === expired.id)).toMatchObject({ daysLeft: 0, actions: { restore: false } });
    await expect(reviewer.content.recycleBin.restore({ id: expired.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('30 days'),
    });
    expect(await env.db.article.findUniqueOrThrow({ where: { id: expired.id } })).toEqual(expired);
    expect(await entries('article.restore', expired.id)).toHaveLength(0);
  });

  it('only an admin purges: the reviewer and the editor are refused, the admin’s purge is for good', async () => {
    const article = await published('被彻底删除的文章');
    await (await env.as('reviewer')).content.articles.delete({ id: article.id });
    const editor = await env.as('editor');
    await expect(editor.content.recycleBin.list({ ...page, unitId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(editor.content.recycleBin.restore({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await env.as('reviewer')).content.recycleBin.purge({ id: article.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await env.db.article.count({ where: { id: article.id } })).toBe(1);

    const admin = await env.as('chengguan');
    expect(await admin.content.recycleBin.purge({ id: article.id })).toEqual({ ok: true });
    expect(await env.db.article.count({ where: { id: article.id } })).toBe(0);
    const [entry, ...more] = await entries('article.purge', article.id);
    expect(more).toHaveLength(0);
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ title: '被彻底删除的文章', body: '正文' });
  });

  it('an admin empties what is past its 30 days in a unit’s subtree, in one audited act', async () => {
    const branch = env.seed.townships.chengguan!.branches[7]!;
    const expired = [
      await addBinnedArticle(env, branch.id, { daysAgo: 31 }),
      await addBinnedArticle(env, branch.id, { daysAgo: 60 }),
    ];
    const fresh = await addBinnedArticle(env, branch.id, { daysAgo: 29 });
    const elsewhere = await addBinnedArticle(env, env.seed.townships.chengguan!.branches[6]!.id, { daysAgo: 40 });
    const admin = await env.as('chengguan');
    // The bin says how many are past their time, and offers emptying them to whoever may purge the whole unit.
    expect(await admin.content.recycleBin.list({ ...page, unitId: branch.id })).toMatchObject({
      total: 3,
      expired: 2,
      mayPurgeExpired: true,
    });
    expect(await (await env.as('reviewer')).content.recycleBin.list({ ...page, unitId: branch.id })).toMatchObject({
      expired: 2,
      mayPurgeExpired: false,
    });
    const last = await env.db.auditLog.aggregate({ _max: { id: true } });

    expect(await admin.content.recycleBin.purgeExpired({ unitId: branch.id })).toEqual({ purged: 2 });
    expect(await env.db.article.count({ where: { id: { in: expired.map((a) => a.id) } } })).toBe(0);
    expect(await env.db.article.count({ where: { id: { in: [fresh.id, elsewhere.id] } } })).toBe(2);
    const written = await env.db.auditLog.findMany({ where: { id: { gt: last._max.id ?? 0 } } });
    expect(written.map((e) => [e.action, e.unitId])).toEqual([['article.purgeExpired', branch.id]]);
    expect(JSON.parse(written[0]?.before ?? '[]').map((a: { id: number }) => a.id)).toEqual(expired.map((a) => a.id));

    // Nothing left past its time: nothing changes and nothing is recorded.
    expect(await admin.content.recycleBin.purgeExpired({ unitId: branch.id })).toEqual({ purged: 0 });
    expect(await env.db.auditLog.count({ where: { id: { gt: last._max.id ?? 0 } } })).toBe(1);
    await expect((await env.as('reviewer')).content.recycleBin.purgeExpired({ unitId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a reviewer withdraws published content into the archive; an editor may not, nor may anyone twice', async () => {
    const article = await published('被撤回的文章');
    const editor = await env.as('editor');
    expect((await editor.content.articles.get({ id: article.id })).actions).toEqual({ withdraw: false, delete: null });
    await expect(editor.content.articles.withdraw({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const reviewer = await env.as('reviewer');
    expect((await reviewer.content.articles.get({ id: article.id })).actions).toEqual({
      withdraw: true,
      delete: 'recycleBin',
    });
    const withdrawn = await reviewer.content.articles.withdraw({ id: article.id });
    expect(withdrawn).toMatchObject({ status: 'archived', publishedAt: article.publishedAt });
    expect(withdrawn.actions).toEqual({ withdraw: false, delete: 'recycleBin' });
    expect((await reviewer.content.articles.list({ ...list, status: 'archived' })).items.map((a) => a.id)).toContain(
      article.id,
    );
    await expect(reviewer.content.articles.withdraw({ id: article.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [entry, ...more] = await entries('article.withdraw', article.id);
    expect(more).toHaveLength(0);
    expect(JSON.parse(entry?.after ?? '{}')).toEqual({ title: '被撤回的文章', status: 'archived' });
  });

  it('an editor deletes a never-public draft outright; it never reaches the bin', async () => {
    const editor = await env.as('editor');
    const draft = await editor.content.articles.create({
      columnId,
      title: '从未公开的草稿',
      summary: '',
      body: '正文',
    });
    expect(draft.actions).toEqual({ withdraw: false, delete: 'outright' });
    expect(await editor.content.articles.delete({ id: draft.id })).toEqual({ deletion: 'outright' });
    expect(await env.db.article.count({ where: { id: draft.id } })).toBe(0);
    expect(await entries('article.delete', draft.id)).toHaveLength(1);
    expect(await entries('article.recycle', draft.id)).toHaveLength(0);
  });

  it('a column holding articles, if only in the bin, is not deleted; the message says to hide it instead', async () => {
    const admin = await env.as('chengguan');
    const column = await admin.content.columns.create({ unitId, name: '临时栏目', cadence: 'weekly' });
    const reviewer = await env.as('reviewer');
    const article = await reviewer.content.articles.create({
      columnId: column.id,
      title: '临时栏目里的文章',
      summary: '',
      body: '正文',
      status: 'published',
    });
    await reviewer.content.articles.delete({ id: article.id });
    expect((await admin.content.columns.list({ unitId })).find((c) => c.id === column.id)?.articleCount).toBe(0);
    await expect(admin.content.columns.delete({ id: column.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('隐藏栏目'),
    });
    await admin.content.recycleBin.purge({ id: article.id });
    expect(await admin.content.columns.delete({ id: column.id })).toEqual({ ok: true });
    expect(await env.db.column.count({ where: { id: column.id } })).toBe(0);
  });
});
