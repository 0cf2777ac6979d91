// Scope cases of the freshness board: the caller's board holds exactly the units of its subtrees that have columns,
// each column's last publication as the database has it; narrowed to an own township it holds that township's;
// 东湖街道 is refused exactly like a missing unit. The summary counts the same columns, broken down below the unit, and
// the articles of the caller's subtrees (or the township asked) published month by month.
import type { Prisma } from '@strata/db';
import { monthStartInstants } from '@strata/i18n/days';
import { expect } from 'vitest';
import { addColumn } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

type Board = Awaited<ReturnType<ScopeTest['a']['content']['freshness']['board']>>;

/** Every page of the board (a township with the groups other cases add can pass one page of 100). */
async function wholeBoard(t: ScopeTest, unitId?: number) {
  const items: Board['items'] = [];
  for (let page = 1; ; page++) {
    const got = await t.a.content.freshness.board({ unitId, sort: 'name', page, pageSize: 100 });
    items.push(...got.items);
    if (got.items.length < 100) return { items, totals: got.totals };
  }
}

/**
 * What the board must show, read with Prisma: the active units with columns among `unit`, and each column's last
 * publication (published, not in the recycle bin, its window's start or its first publication, come by now).
 */
async function expected(t: ScopeTest, unit: object) {
  const units = await t.env.db.unit.findMany({ where: { ...unit, archivedAt: null, columns: { some: {} } } });
  const now = Date.now();
  const articles = await t.env.db.article.findMany({
    where: { unitId: { in: units.map((u) => u.id) }, status: 'published', deletedAt: null },
    select: { columnId: true, publishAt: true, publishedAt: true },
  });
  const last = new Map<number, number>();
  for (const a of articles) {
    const at = (a.publishAt ?? a.publishedAt)?.getTime();
    if (at !== undefined && at <= now) last.set(a.columnId, Math.max(last.get(a.columnId) ?? at, at));
  }
  const columns = await t.env.db.column.findMany({ where: { unitId: { in: units.map((u) => u.id) } } });
  return {
    unitIds: units.map((u) => u.id).sort((a, b) => a - b),
    lastPublished: Object.fromEntries(
      columns.map((c) => [c.id, last.has(c.id) ? new Date(last.get(c.id) as number).toISOString() : null]),
    ),
  };
}

/** The board's units and each cell's last publication, in the expectation's shape. */
const shown = (items: Board['items']) => ({
  unitIds: items.map((r) => r.unitId).sort((a, b) => a - b),
  lastPublished: Object.fromEntries(items.flatMap((r) => r.cells.map((c) => [c.columnId, c.lastPublishedAt]))),
});

const township = (p: Place) => ({ path: { startsWith: p.township.path } });

/**
 * The summary's articles published month by month against Prisma's count of those of `unit` not in the recycle bin,
 * first published from midnight (Asia/Shanghai) on each month's first day to the next's.
 */
async function expectPublishedByMonth(
  t: ScopeTest,
  months: { month: string; count: number }[],
  unit: Prisma.UnitWhereInput,
) {
  expect(months).toHaveLength(12);
  const bounds = monthStartInstants(months.map((m) => m.month));
  const counted = await Promise.all(
    months.map((_, i) =>
      t.env.db.article.count({
        where: { unit, deletedAt: null, publishedAt: { gte: bounds[i], lt: bounds[i + 1] } },
      }),
    ),
  );
  expect(months.map((m) => m.count)).toEqual(counted);
}

export const scopeCases: Record<string, ScopeCase> = {
  'content.freshness.board': async (t) => {
    const all = await wholeBoard(t);
    expect(shown(all.items)).toEqual(await expected(t, t.unitsWith('content.read')));
    await eachPlace(
      t,
      'content.read',
      async (p) => {
        const own = await wholeBoard(t, p.township.id);
        expect(own.items.length).toBeGreaterThan(p.branches.length);
        expect(shown(own.items)).toEqual(await expected(t, township(p)));
      },
      (p) =>
        expectHidden(
          t.a.content.freshness.board({ unitId: p.township.id, sort: 'stalest', page: 1, pageSize: 20 }),
          t.a.content.freshness.board({ unitId: missing, sort: 'stalest', page: 1, pageSize: 20 }),
        ),
    );
  },

  'content.freshness.summary': async (t) => {
    // The articles published month by month: the caller's own subtrees, whichever townships they lie in.
    const all = await t.a.content.freshness.summary({});
    await expectPublishedByMonth(t, all.publishedByMonth, t.unitsWith('content.read'));
    await eachPlace(
      t,
      'content.read',
      async (p) => {
        // A column its branch has left alone for a month: overdue (the demo's own columns are all kept).
        const stale = await addColumn(t.env, p.branches[0]!.id);
        await t.env.db.column.update({
          where: { id: stale.id },
          data: { createdAt: new Date(Date.now() - 30 * 86_400_000) },
        });
        const summary = await t.a.content.freshness.summary({ unitId: p.township.id });
        expect(summary.units.find((u) => u.unitId === p.branches[0]!.id)?.overdue).toBeGreaterThan(0);
        const branches = await t.env.db.unit.findMany({
          where: { parentId: p.township.id, archivedAt: null },
          orderBy: [{ sort: 'asc' }, { id: 'asc' }],
        });
        expect(summary.units.map((u) => u.unitId)).toEqual(branches.map((b) => b.id));
        // The same columns the board counts, and the units below add up to the township's own.
        const { totals, items } = await wholeBoard(t, p.township.id);
        expect([summary.overdue, summary.dueSoon]).toEqual([totals.columns.overdue, totals.columns.dueSoon]);
        const ownColumns = items.find((r) => r.unitId === p.township.id)?.counts;
        expect(summary.units.reduce((n, u) => n + u.overdue, ownColumns?.overdue ?? 0)).toBe(summary.overdue);
        expect(summary.units.reduce((n, u) => n + u.dueSoon, ownColumns?.dueSoon ?? 0)).toBe(summary.dueSoon);
        await expectPublishedByMonth(t, summary.publishedByMonth, township(p));
      },
      (p) =>
        expectHidden(
          t.a.content.freshness.summary({ unitId: p.township.id }),
          t.a.content.freshness.summary({ unitId: missing }),
        ),
    );
  },
};
