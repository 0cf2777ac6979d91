// Scope cases of columns and articles: in each own township the caller reads and writes with the right
// result (and, where its role does not review, an editor's limits hold); 东湖街道's ids are missing ids.
import { expect } from 'vitest';
import { addArticle, addColumn, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addBinnedArticle } from '../support/recycle-bin-rows';

/** Live articles (not in the recycle bin) of a subtree, as the lists count them. */
const inSubtree = (path: string) => ({ unit: { path: { startsWith: path } }, deletedAt: null });
const columnOrder = async (t: ScopeTest, unitId: number) =>
  (await t.env.db.column.findMany({ where: { unitId }, orderBy: [{ sort: 'asc' }, { id: 'asc' }] })).map((c) => c.id);
const listArgs = { sort: 'updatedAt', order: 'desc' } as const;
/** The overview's counts as the database has them (the scope suite's data stays far below the count's bound). */
const statusCounts = async (t: ScopeTest, where: object) => {
  const counts: Record<string, { total: number; totalIsBound: boolean }> = {};
  for (const status of ['draft', 'review', 'published', 'archived']) counts[status] = { total: 0, totalIsBound: false };
  for (const g of await t.env.db.article.groupBy({ by: ['status'], where, _count: { _all: true } }))
    counts[g.status] = { total: g._count._all, totalIsBound: false };
  return counts;
};

/** Every page of the article list (scope lists can exceed one page of 100). */
async function allArticles(t: ScopeTest, unitId?: number) {
  const items: { id: number }[] = [];
  for (let page = 1; ; page++) {
    const got = await t.a.content.articles.list({ ...listArgs, unitId, page, pageSize: 100 });
    items.push(...got.items);
    if (got.items.length < 100) return { items, total: got.total };
  }
}

export const scopeCases: Record<string, ScopeCase> = {
  'content.columns.list': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        for (const unit of [p.township, p.branches[0]!]) {
          const rows = await t.env.db.column.findMany({
            where: { unitId: unit.id },
            include: { _count: { select: { articles: { where: { deletedAt: null } } } } },
            orderBy: [{ sort: 'asc' }, { id: 'asc' }],
          });
          expect(rows.some((c) => c._count.articles > 0)).toBe(true);
          const got = await t.a.content.columns.list({ unitId: unit.id });
          expect(got.map((c) => [c.id, c.unitId, c.name, c.articleCount])).toEqual(
            rows.map((c) => [c.id, c.unitId, c.name, c._count.articles]),
          );
        }
      },
      (p) =>
        expectHidden(
          t.a.content.columns.list({ unitId: p.township.id }),
          t.a.content.columns.list({ unitId: missing }),
        ),
    ),

  'content.columns.create': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const unitId = p.branches[0]!.id;
        const last = await t.env.db.column.aggregate({ where: { unitId }, _max: { sort: true } });
        const name = uniqueName(t.tag);
        const column = await t.a.content.columns.create({ unitId, name, cadence: 'monthly' });
        expect(await t.env.db.column.findUniqueOrThrow({ where: { id: column.id } })).toMatchObject({
          unitId,
          name,
          cadence: 'monthly',
          sort: (last._max.sort ?? -1) + 1,
        });
      },
      async (p) => {
        const before = await t.env.db.column.count();
        await expectHidden(
          t.a.content.columns.create({ unitId: p.branches[0]!.id, name: '越权栏目', cadence: 'weekly' }),
          t.a.content.columns.create({ unitId: missing, name: '越权栏目', cadence: 'weekly' }),
        );
        expect(await t.env.db.column.count()).toBe(before);
      },
    ),

  'content.columns.update': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const column = await addColumn(t.env, p.branches[0]!.id);
        const name = uniqueName(t.tag);
        expect(await t.a.content.columns.update({ id: column.id, name, hidden: true })).toMatchObject({ name });
        expect(await t.env.db.column.findUniqueOrThrow({ where: { id: column.id } })).toMatchObject({
          name,
          hidden: true,
        });
      },
      async (p) => {
        const column = await addColumn(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.content.columns.update({ id: column.id, hidden: true }),
          t.a.content.columns.update({ id: missing, hidden: true }),
        );
        expect(await t.env.db.column.findUniqueOrThrow({ where: { id: column.id } })).toEqual(column);
      },
    ),

  'content.columns.delete': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const empty = await addColumn(t.env, p.branches[1]!.id);
        expect(await t.a.content.columns.delete({ id: empty.id })).toEqual({ ok: true });
        expect(await t.env.db.column.findUnique({ where: { id: empty.id } })).toBeNull();
        // A column whose only article lies in the recycle bin still holds it: refused, and kept.
        const holding = await addColumn(t.env, p.branches[1]!.id);
        const binned = await addBinnedArticle(t.env, p.branches[1]!.id);
        await t.env.db.article.update({ where: { id: binned.id }, data: { columnId: holding.id } });
        await expect(t.a.content.columns.delete({ id: holding.id })).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(await t.env.db.column.findUniqueOrThrow({ where: { id: holding.id } })).toEqual(holding);
      },
      async (p) => {
        const column = await addColumn(t.env, p.branches[1]!.id);
        await expectHidden(t.a.content.columns.delete({ id: column.id }), t.a.content.columns.delete({ id: missing }));
        expect(await t.env.db.column.findUniqueOrThrow({ where: { id: column.id } })).toEqual(column);
      },
    ),

  'content.columns.reorder': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const unitId = p.branches[4]!.id;
        const reversed = (await columnOrder(t, unitId)).reverse();
        const got = await t.a.content.columns.reorder({ unitId, ids: reversed });
        expect(got.map((c) => c.id)).toEqual(reversed);
        expect(await columnOrder(t, unitId)).toEqual(reversed);
      },
      async (p) => {
        const unitId = p.branches[4]!.id;
        const before = await columnOrder(t, unitId);
        const reversed = [...before].reverse();
        await expectHidden(
          t.a.content.columns.reorder({ unitId, ids: reversed }),
          t.a.content.columns.reorder({ unitId: missing, ids: reversed }),
        );
        expect(await columnOrder(t, unitId)).toEqual(before);
      },
    ),

  'content.articles.list': async (t) => {
    const where = { unit: t.unitsWith('content.read'), deletedAt: null };
    const all = await allArticles(t);
    expect(all.total).toBe(await t.env.db.article.count({ where }));
    expect(idsOf(all.items)).toEqual(idsOf(await t.env.db.article.findMany({ where, select: { id: true } })));
    await eachPlace(
      t,
      'content.read',
      async (p) => {
        for (const unit of [p.township, p.branches[0]!]) {
          const own = await allArticles(t, unit.id);
          const rows = await t.env.db.article.findMany({ where: inSubtree(unit.path), select: { id: true } });
          expect(rows.length).toBeGreaterThan(0);
          expect(own.total).toBe(rows.length);
          expect(idsOf(own.items)).toEqual(idsOf(rows));
        }
      },
      (p) =>
        expectHidden(
          t.a.content.articles.list({ ...listArgs, unitId: p.township.id, page: 1, pageSize: 20 }),
          t.a.content.articles.list({ ...listArgs, unitId: missing, page: 1, pageSize: 20 }),
        ),
    );
  },

  'content.articles.countByStatus': async (t) => {
    expect(await t.a.content.articles.countByStatus({})).toEqual(
      await statusCounts(t, { unit: t.unitsWith('content.read'), deletedAt: null }),
    );
    await eachPlace(
      t,
      'content.read',
      async (p) => {
        for (const unit of [p.township, p.branches[0]!])
          expect(await t.a.content.articles.countByStatus({ unitId: unit.id })).toEqual(
            await statusCounts(t, inSubtree(unit.path)),
          );
      },
      (p) =>
        expectHidden(
          t.a.content.articles.countByStatus({ unitId: p.township.id }),
          t.a.content.articles.countByStatus({ unitId: missing }),
        ),
    );
  },

  'content.articles.get': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id);
        expect(await t.a.content.articles.get({ id: article.id })).toMatchObject({
          id: article.id,
          unitId: article.unitId,
          columnId: article.columnId,
          title: article.title,
          body: article.body,
        });
        // In the recycle bin it is no longer content of the console: found only in the bin.
        const binned = await addBinnedArticle(t.env, p.branches[0]!.id);
        await expectHidden(t.a.content.articles.get({ id: binned.id }), t.a.content.articles.get({ id: missing }));
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id);
        await expectHidden(t.a.content.articles.get({ id: article.id }), t.a.content.articles.get({ id: missing }));
      },
    ),
};
