// Overdue and due-soon columns of a subtree, and of each unit directly below it (each with its own subtree): the
// overview's figure and, later, a ranking of the units below; and the articles the subtree published in each of the
// last twelve months (the card's trend).
import { type Scope, withinPath } from '@strata/api';
import { lastTwelveMonths } from '@strata/contract';
import { type Db, whileUnchanged } from '@strata/db';
import { dayNumberOf, dayText, monthStartInstants } from '@strata/i18n/days';
import { childUnitsOf, countPublishedByMonth } from './freshness.sql';
import type { SummaryOutput } from './freshness-schemas';
import { readFreshness, standingsOn } from './read-freshness';

const permission = 'content.read';

/**
 * The units the summary breaks down into: those directly below the unit asked about; without one, below the
 * caller's one subtree, or, holding several (grants in two townships), those subtrees themselves.
 */
async function breakdownUnits(db: Db, scope: Scope, within: string | undefined) {
  const roots = scope.roots(permission, within);
  if (roots.length === 1) return childUnitsOf(db, roots[0] as string);
  return db.unit.findMany({
    where: { path: { in: roots }, archivedAt: null, ...scope.unitWhere(permission) },
    select: { id: true, name: true, path: true },
    orderBy: [{ sort: 'asc' }, { id: 'asc' }],
  });
}

/**
 * The articles of the caller's subtrees (narrowed to `within`) not in the recycle bin, by the month (Asia/Shanghai)
 * they were first published, for the twelve months up to today's: each month from its first day's midnight to the
 * next's. Kept while nothing changed: the key names the months (today's is the last) and the subtrees.
 */
async function publishedByMonth(db: Db, scope: Scope, within: string | undefined, today: string) {
  const months = lastTwelveMonths(today);
  const roots = scope.roots(permission, within);
  if (!roots.length) return months.map((month) => ({ month, count: 0 }));
  const [row] = await whileUnchanged(
    db,
    `content.freshness.months ${today.slice(0, 7)} ${roots.join(' ')}`,
    () => countPublishedByMonth(db, roots, monthStartInstants(months)),
    { reads: ['Article', 'Unit'], warm: true },
  );
  return months.map((month, i) => ({ month, count: Number(row?.[`m${i}`] ?? 0) }));
}

export async function getFreshnessSummary(
  db: Db,
  { scope, unitId, now }: { scope: Scope; unitId: number | undefined; now: Date },
): Promise<SummaryOutput> {
  const within = await withinPath(db, scope, permission, unitId);
  const today = dayNumberOf(now);
  const [read, below, months] = await Promise.all([
    readFreshness(db, { scope, within, now }),
    breakdownUnits(db, scope, within),
    publishedByMonth(db, scope, within, dayText(today)),
  ]);
  const units = below.map((u) => ({ unitId: u.id, name: u.name, overdue: 0, dueSoon: 0 }));
  const byPath = new Map(below.map((u, i) => [u.path, units[i] as (typeof units)[number]]));
  let overdue = 0;
  let dueSoon = 0;
  for (const { unit, counts } of read ? standingsOn(read, today) : []) {
    overdue += counts.overdue;
    dueSoon += counts.dueSoon;
    // The unit below that holds this one: the prefix of its path that names one of them.
    let entry: (typeof units)[number] | undefined;
    for (let end = unit.path.indexOf('/', 1); end > 0 && !entry; end = unit.path.indexOf('/', end + 1))
      entry = byPath.get(unit.path.slice(0, end + 1));
    if (entry) {
      entry.overdue += counts.overdue;
      entry.dueSoon += counts.dueSoon;
    }
  }
  return { today: dayText(today), overdue, dueSoon, units, publishedByMonth: months };
}
