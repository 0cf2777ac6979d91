// The reports' arithmetic, apart from the database (unit-tested beside this file): enrolment tallies as the statements
// sum them per unit, added up by the unit tree, turned into the figures a report shows (rates and averages from the
// sums, never averages of averages), and the children's order.
import type { FigureSort, Figures } from './reports-schemas';

/** What a statement sums per unit: counts, and the sum of the best scores of the `scored` enrolments. */
export type Tally = {
  enrolled: number;
  notStarted: number;
  inProgress: number;
  completed: number;
  withdrawn: number;
  overdue: number;
  scored: number;
  scoreSum: number;
};

/** A sum as a driver gives it: a number, a bigint, or text (PostgreSQL's bigint and numeric), null for none. */
export type Summed = number | bigint | string | null;

export const emptyTally = (): Tally => ({
  enrolled: 0,
  notStarted: 0,
  inProgress: 0,
  completed: 0,
  withdrawn: 0,
  overdue: 0,
  scored: 0,
  scoreSum: 0,
});

const tallyKeys = Object.keys(emptyTally()) as (keyof Tally)[];

export const tallyOf = (row: Record<keyof Tally, Summed>): Tally => {
  const tally = emptyTally();
  for (const key of tallyKeys) tally[key] = Number(row[key] ?? 0);
  return tally;
};

/** Adds `more` into `into`. */
export function addTally(into: Tally, more: Tally): Tally {
  for (const key of tallyKeys) into[key] += more[key];
  return into;
}

export function subtractTally(from: Tally, less: Tally): Tally {
  const out = emptyTally();
  for (const key of tallyKeys) out[key] = from[key] - less[key];
  return out;
}

/** `part` over `base` in percent with one decimal; null when the base is empty. */
export const percentOf = (part: number, base: number): number | null =>
  base > 0 ? Math.round((part * 1000) / base) / 10 : null;

export function figuresOf(t: Tally): Figures {
  return {
    enrolled: t.enrolled,
    notStarted: t.notStarted,
    inProgress: t.inProgress,
    completed: t.completed,
    withdrawn: t.withdrawn,
    overdue: t.overdue,
    scored: t.scored,
    averageScore: t.scored > 0 ? Math.round((t.scoreSum * 10) / t.scored) / 10 : null,
    completionRate: percentOf(t.completed, t.enrolled - t.withdrawn),
  };
}

export type TreeUnit = { id: number; parentId: number | null; path: string; name: string; sort: number };

/**
 * The units of a subtree by the child of `root` they lie under: each unit's child (its id), or null for the root
 * itself. The children come in the tree's order (their sort, then id).
 */
export function childrenOf(root: { id: number; path: string }, units: readonly TreeUnit[]) {
  const children = units
    .filter((u) => u.parentId === root.id)
    .sort((a, b) => a.sort - b.sort || a.id - b.id)
    .map((u) => ({ id: u.id, name: u.name, path: u.path }));
  const byPath = new Map(children.map((c) => [c.path, c.id]));
  const childOf = new Map<number, number | null>();
  for (const u of units) {
    const head = u.path.slice(root.path.length).split('/')[0];
    childOf.set(u.id, head ? (byPath.get(`${root.path}${head}/`) ?? null) : null);
  }
  return { children, childOf };
}

/** Values compared with nulls last whatever the order, then names, then the tree's order (the rows as given). */
export function sortByFigure<Row extends Figures & { name: string }>(
  rows: readonly Row[],
  sort: FigureSort | undefined,
  order: 'asc' | 'desc',
): Row[] {
  if (!sort) return [...rows];
  const sign = order === 'asc' ? 1 : -1;
  const collator = new Intl.Collator('zh-CN');
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    if (sort === 'name') return sign * collator.compare(a.row.name, b.row.name) || a.i - b.i;
    const x = a.row[sort];
    const y = b.row[sort];
    if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
    return sign * (x - y) || a.i - b.i;
  });
  return indexed.map(({ row }) => row);
}

export type CoverageCount = { staff: number; covered: number; noneRequired: number };

/**
 * A coverage ranking: the best share first (those with no staff counted last), then the most staff, then the
 * tree's order.
 */
export function rankByShare<Row extends CoverageCount & { share: number | null }>(rows: readonly Row[]): Row[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    const [x, y] = [a.row.share, b.row.share];
    if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
    return y - x || b.row.staff - a.row.staff || a.i - b.i;
  });
  return indexed.map(({ row }) => row);
}

/** The `count` months up to and including `current` (YYYY-MM), oldest first. */
export function lastMonths(current: string, count: number): string[] {
  const [year, month] = current.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1);
  return Array.from({ length: count }, (_, i) => {
    const at = index - (count - 1) + i;
    return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
  });
}
