// The large fixture's network: some of the municipality's and the townships' published articles shared down to every
// unit directly below, each into the column with the same default key (columnForShare), accepted at once as `share`
// makes them. At xl about 2,500 municipal and 22,000 township articles are published: a fifth of the first and a
// tenth of the second shared gives some 120,000 placements, a branch's column pages mixing its own and placed rows.
import type { FixtureContext, FixtureValue } from '@strata/api';
import { recountAllPlaced } from './placed-counts.sql';
import { columnForShare } from './placement-rules';

const shareRate: Record<string, number> = { municipality: 0.2, township: 0.1 };
const chunk = 20_000;

export async function generatePlacements(ctx: FixtureContext) {
  if (!ctx.size.counts.articles) return;
  const kindOf = new Map(ctx.units.map((u) => [u.id, u.kind]));
  const below = new Map<number, number[]>();
  for (const u of ctx.units) if (u.parentId) below.set(u.parentId, [...(below.get(u.parentId) ?? []), u.id]);
  const columns = await ctx.db.column.findMany({
    select: { id: true, unitId: true, key: true, hidden: true, sort: true },
  });
  const columnsOf = new Map<number, typeof columns>();
  for (const c of columns) columnsOf.set(c.unitId, [...(columnsOf.get(c.unitId) ?? []), c]);
  const sources = await ctx.db.article.findMany({
    where: { status: 'published', deletedAt: null, unit: { kind: { in: Object.keys(shareRate) } } },
    select: { id: true, unitId: true, publishedAt: true, siteAt: true, column: { select: { key: true } } },
    orderBy: { id: 'asc' },
  });
  let id = await ctx.nextId('ArticlePlacement');
  let rows: FixtureValue[][] = [];
  const names = ['id', 'articleId', 'unitId', 'columnId', 'kind', 'state', 'createdAt', 'decidedAt', 'siteAt'];
  for (const article of sources) {
    if (ctx.random.next() >= (shareRate[kindOf.get(article.unitId) ?? ''] ?? 0)) continue;
    for (const unitId of below.get(article.unitId) ?? []) {
      const columnId = columnForShare(article.column.key, columnsOf.get(unitId) ?? []);
      if (columnId === null) continue;
      rows.push([
        id++,
        article.id,
        unitId,
        columnId,
        'shared',
        'accepted',
        article.publishedAt,
        article.publishedAt,
        article.siteAt,
      ]);
      if (rows.length >= chunk) {
        await ctx.insert('ArticlePlacement', names, rows);
        rows = [];
      }
    }
  }
  if (rows.length) await ctx.insert('ArticlePlacement', names, rows);
  await recountAllPlaced(ctx.db);
}
