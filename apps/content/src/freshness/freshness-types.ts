// The board's types as the API gives them (nothing hand-copied from the server).
import type { RouterInputs, RouterOutputs } from '../trpc';

export type BoardInput = RouterInputs['content']['freshness']['board'];
export type BoardOutput = RouterOutputs['content']['freshness']['board'];
export type BoardRow = BoardOutput['items'][number];
export type FreshnessCell = BoardRow['cells'][number];
export type FreshnessState = FreshnessCell['state'];
export type BoardSort = NonNullable<BoardInput['sort']>;

/** The six columns every unit starts with, in the order their website shows them: the board's columns. */
export const defaultColumnKeys = ['leadership', 'news', 'grassroots', 'cadres', 'research', 'showcase'] as const;
export type DefaultColumnKey = (typeof defaultColumnKeys)[number];

/** Worst first, for filters and totals. */
export const freshnessStates = ['overdue', 'dueSoon', 'kept', 'untracked'] as const satisfies readonly FreshnessState[];

/** Each state's tag colour: kept green, due soon orange, overdue red, untracked grey. */
export const stateColors: Record<FreshnessState, string> = {
  kept: 'green',
  dueSoon: 'orange',
  overdue: 'red',
  untracked: 'default',
};

/** A unit's cells: its default columns by key, and its own columns (no key) apart. */
export function cellsByKey(row: BoardRow) {
  const byKey = new Map<string, FreshnessCell>();
  const others: FreshnessCell[] = [];
  for (const cell of row.cells) {
    if (cell.key && (defaultColumnKeys as readonly string[]).includes(cell.key) && !byKey.has(cell.key))
      byKey.set(cell.key, cell);
    else others.push(cell);
  }
  return { byKey, others };
}
