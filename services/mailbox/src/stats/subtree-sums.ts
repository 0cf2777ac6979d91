// What the letters' and the board's figures are both built from: per-unit sums added up for each child unit's
// whole subtree (the ranking), and rates.
import type { UnitRow } from './letter-figures.sql';

/**
 * A part of a whole, unrounded, null when there is no whole to rate. Whoever shows it rounds it once: rounded here as
 * well, 10 of 81 (0.123456…) came to 0.1235 and was shown as 12.4 % instead of 12.3 %.
 */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The child of `top` whose subtree holds `path` (a unit's own rows belong to no child). */
const childOf = (top: string, path: string) => {
  if (path === top) return null;
  return Number(path.slice(top.length).split('/')[0]);
};

/**
 * Each child unit of `top`, in the tree's order, with the rows of its whole subtree added up. `units`: the units of
 * the subtree counted (unitRows), `rows`: sums per unit.
 */
export function childSums<S, R extends { unitId: unknown }>(
  top: UnitRow,
  units: UnitRow[],
  rows: R[],
  empty: () => S,
  add: (into: S, row: R) => void,
): { unit: UnitRow; sums: S }[] {
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const children = new Map<number, { unit: UnitRow; sums: S }>();
  for (const u of units) if (u.parentId === top.id) children.set(u.id, { unit: u, sums: empty() });
  for (const row of rows) {
    const path = pathOf.get(Number(row.unitId));
    const child = path === undefined ? null : childOf(top.path, path);
    const entry = child === null ? undefined : children.get(child);
    if (entry) add(entry.sums, row);
  }
  return [...children.values()];
}
