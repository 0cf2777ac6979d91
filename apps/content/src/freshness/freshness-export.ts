// The board's export: a row per unit, its state and counts, then each default column's state, last publication
// and due day, and the unit's own columns in one cell. Labelled in the user's language by the caller.
import type { ExportColumn } from '@strata/ui/list-page';
import {
  type BoardRow,
  cellsByKey,
  type DefaultColumnKey,
  defaultColumnKeys,
  type FreshnessCell,
  type FreshnessState,
} from './freshness-types';

export interface FreshnessExportWords {
  header: (key: 'unit' | 'state' | 'overdue' | 'dueSoon' | 'oldest' | 'other') => string;
  columnHeader: (part: 'columnState' | 'columnLast' | 'columnDue', column: DefaultColumnKey) => string;
  state: (state: FreshnessState) => string;
  /** An instant as the reader's date and time. */
  dateTime: (iso: string) => string;
  /** One of the unit's own columns, in the "other columns" cell. */
  otherColumn: (cell: FreshnessCell) => string;
}

/** The export's columns. */
export function freshnessExportColumns(words: FreshnessExportWords): ExportColumn<BoardRow>[] {
  const { header, columnHeader, state, dateTime, otherColumn } = words;
  const cell = (row: BoardRow, key: DefaultColumnKey) => cellsByKey(row).byKey.get(key);
  const perColumn = (key: DefaultColumnKey): ExportColumn<BoardRow>[] => [
    {
      title: columnHeader('columnState', key),
      value: (r) => {
        const c = cell(r, key);
        return c ? state(c.state) : null;
      },
    },
    {
      title: columnHeader('columnLast', key),
      value: (r) => {
        const last = cell(r, key)?.lastPublishedAt;
        return last ? dateTime(last) : null;
      },
    },
    { title: columnHeader('columnDue', key), value: (r) => cell(r, key)?.dueOn ?? null },
  ];
  return [
    { title: header('unit'), value: (r) => r.name },
    { title: header('state'), value: (r) => state(r.state) },
    { title: header('overdue'), value: (r) => r.counts.overdue },
    { title: header('dueSoon'), value: (r) => r.counts.dueSoon },
    { title: header('oldest'), value: (r) => r.oldestOverdueDays },
    ...defaultColumnKeys.flatMap(perColumn),
    { title: header('other'), value: (r) => cellsByKey(r).others.map(otherColumn).join('\n') },
  ];
}
