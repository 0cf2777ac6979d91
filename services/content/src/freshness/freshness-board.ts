// The board from its columns, pure: each column judged on a day, gathered by unit, counted and ordered; the cells
// a page shows are written out for that page alone (a municipality's board judges 12,000 columns per call).

import { type DayNumber, dayText } from '@strata/i18n/days';
import type { Cadence } from '../columns/column-schemas';
import { type FreshnessState, judgeOn, worstState } from './freshness-rules';
import type { BoardRow, FreshnessCell, StateCounts } from './freshness-schemas';

/** A column as read (and kept between reads): what its cell shows and its due day, worked out when read. */
export type TrackedColumn = {
  id: number;
  unitId: number;
  key: string | null;
  name: string;
  cadence: Cadence;
  hidden: boolean;
  lastPublishedAt: string | null;
  due: DayNumber | null;
};
export type BoardUnit = { id: number; name: string; path: string; depth: number };

/** A unit on a day: its columns, how many stand in each state, its worst state and its longest overdue. */
export type Standing = {
  unit: BoardUnit;
  columns: TrackedColumn[];
  counts: StateCounts;
  state: FreshnessState;
  oldestOverdueDays: number;
};

export const noCounts = (): StateCounts => ({ kept: 0, dueSoon: 0, overdue: 0, untracked: 0 });

/** Every unit that has columns, its columns (in the unit's order, as they come) judged on `today`. */
export function judgeUnits(
  units: readonly BoardUnit[],
  columns: readonly TrackedColumn[],
  today: DayNumber,
): Standing[] {
  const columnsOf = new Map<number, TrackedColumn[]>();
  for (const column of columns) {
    const own = columnsOf.get(column.unitId);
    if (own) own.push(column);
    else columnsOf.set(column.unitId, [column]);
  }
  const standings: Standing[] = [];
  for (const unit of units) {
    const own = columnsOf.get(unit.id);
    if (!own) continue;
    const counts = noCounts();
    let oldestOverdueDays = 0;
    for (const column of own) {
      const { state, daysOverdue } = judgeOn(column.cadence, column.due, today);
      counts[state] += 1;
      if (daysOverdue > oldestOverdueDays) oldestOverdueDays = daysOverdue;
    }
    const state = worstState((Object.keys(counts) as FreshnessState[]).filter((s) => counts[s] > 0));
    standings.push({ unit, columns: own, counts, state, oldestOverdueDays });
  }
  return standings;
}

/** A standing as the board shows it, its cells written out. */
export function boardRow({ unit, columns, counts, state, oldestOverdueDays }: Standing, today: DayNumber): BoardRow {
  const cells = columns.map((column): FreshnessCell => {
    const judged = judgeOn(column.cadence, column.due, today);
    return {
      columnId: column.id,
      key: column.key,
      name: column.name,
      cadence: column.cadence,
      hidden: column.hidden,
      lastPublishedAt: column.lastPublishedAt,
      dueOn: column.due === null ? null : dayText(column.due),
      state: judged.state,
      daysOverdue: judged.daysOverdue,
    };
  });
  return {
    unitId: unit.id,
    name: unit.name,
    path: unit.path,
    depth: unit.depth,
    state,
    counts,
    oldestOverdueDays,
    cells,
  };
}

/** The columns per state, and the units per their worst state. */
export function boardTotals(standings: readonly Standing[]) {
  const columns = noCounts();
  const units = noCounts();
  for (const standing of standings) {
    units[standing.state] += 1;
    for (const state of Object.keys(columns) as FreshnessState[]) columns[state] += standing.counts[state];
  }
  return { columns, units };
}

/** Most stale first: more overdue columns, then the longest overdue, then more due soon. */
const staleness = (a: Standing, b: Standing) =>
  b.counts.overdue - a.counts.overdue ||
  b.oldestOverdueDays - a.oldestOverdueDays ||
  b.counts.dueSoon - a.counts.dueSoon;

/**
 * The standings in the board's order, sorted in place. `nameKey` gives a name's sort key (as a zh-CN reader orders
 * names); standings equal in the chosen order follow their names, then their ids, whichever the direction.
 */
export function orderStandings(
  standings: Standing[],
  { sort, order, nameKey }: { sort: 'stalest' | 'name'; order?: 'asc' | 'desc'; nameKey: (name: string) => string },
) {
  const keys = new Map(standings.map((s) => [s.unit.id, nameKey(s.unit.name)]));
  const byName = (a: Standing, b: Standing) => {
    const x = keys.get(a.unit.id) as string;
    const y = keys.get(b.unit.id) as string;
    return x < y ? -1 : x > y ? 1 : a.unit.id - b.unit.id;
  };
  // Unset, each sort reads from its natural end: the stalest first, names from the start.
  const reversed = sort === 'stalest' ? order === 'asc' : order === 'desc';
  const primary = sort === 'stalest' ? staleness : byName;
  return standings.sort((a, b) => (reversed ? -primary(a, b) : primary(a, b)) || byName(a, b));
}
