// The bases import's sheet: its columns (headed in either language, or by their key, in any order), the template in
// the reader's language with an example row, and the file's rows as `dues.bases.import` takes them (the sheet's row
// numbers, header row 1, blank rows skipped, cells as text). Nothing goes to the server before the whole sheet passes:
// no rows, too many, or columns the template does not have stop it here.
import { duesCategoryLabels } from '@strata/contract';
import type { XlsxSheet } from '@strata/ui/list-page';
import type { TFunction } from 'i18next';
import type { BaseImportError, BaseImportRow } from '../common/api-types';
import { dues as enUS } from '../i18n/en-US';
import { dues as zhCN } from '../i18n/zh-CN';

/** The sheet's columns, in the template's order. */
export const baseColumns = ['idNumber', 'name', 'category', 'base', 'effectiveFrom'] as const;
export type BaseColumn = (typeof baseColumns)[number];

/** The columns a sheet must have; a name left out is not checked against the member's. */
const requiredColumns: readonly BaseColumn[] = ['idNumber', 'category', 'base', 'effectiveFrom'];

/** The most rows one import takes (the server's schema). */
export const baseImportMaxRows = 2_000;
/** The longest cell the server reads; a longer one is cut, and comes back as that row's problem. */
const cellMax = 64;

/** A valid example ID number (its check digit holds), for the template's example row. */
export const exampleIdNumber = '110105198001010016';

export type SheetProblem =
  | { problem: 'empty' }
  | { problem: 'tooManyRows'; count: number }
  | { problem: 'unknownColumns'; columns: string[] }
  | { problem: 'repeatedColumns'; columns: string[] }
  | { problem: 'missingColumns'; columns: BaseColumn[] };

const headingKey = (text: string) => text.trim().toLowerCase();

/** Every heading a column answers to: its key and its heading in either language. */
const byHeading = new Map<string, BaseColumn>(
  baseColumns.flatMap((column) =>
    [column, zhCN.imports.columns[column], enUS.imports.columns[column]].map((h) => [headingKey(h), column] as const),
  ),
);

/**
 * A month cell as the server reads it: a day (Excel turns "2026-03" into a date, read back as its first day) or
 * "2026/3", "2026.3", "2026年3月" as YYYY-MM; anything else as typed (the server names it).
 */
export function monthCell(text: string): string {
  const day = /^(\d{4}-\d{2})-\d{2}(?: \d{2}:\d{2})?$/.exec(text);
  if (day) return day[1] as string;
  const loose = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (loose) return `${loose[1]}-${(loose[2] as string).padStart(2, '0')}`;
  return text;
}

/** The sheet's rows (the first row its headings) as the import takes them, or why the sheet cannot be imported. */
export function sheetRows(matrix: readonly (readonly string[])[]): { rows: BaseImportRow[] } | SheetProblem {
  const [header = [], ...body] = matrix;
  if (header.every((h) => h.trim() === '')) return { problem: 'empty' };
  const at = new Map<BaseColumn, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const column = byHeading.get(headingKey(heading));
    if (!column) unknown.push(heading.trim());
    else if (at.has(column)) repeated.push(heading.trim());
    else at.set(column, index);
  });
  if (unknown.length) return { problem: 'unknownColumns', columns: unknown };
  if (repeated.length) return { problem: 'repeatedColumns', columns: repeated };
  const missing = requiredColumns.filter((c) => !at.has(c));
  if (missing.length) return { problem: 'missingColumns', columns: missing };

  const rows: BaseImportRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const cell = (column: BaseColumn) => {
      const i = at.get(column);
      return (i === undefined ? '' : (cells[i] ?? '')).trim().slice(0, cellMax);
    };
    rows.push({
      row: index + 2,
      idNumber: cell('idNumber'),
      name: cell('name'),
      category: cell('category'),
      base: cell('base'),
      effectiveFrom: monthCell(cell('effectiveFrom')),
    });
  });
  if (rows.length === 0) return { problem: 'empty' };
  if (rows.length > baseImportMaxRows) return { problem: 'tooManyRows', count: rows.length };
  return { rows };
}

/** The template: the headings in the reader's language and one example row (a category named as in a form). */
export function templateSheet(t: TFunction, language: string, month: string): XlsxSheet {
  const english = language === 'en-US';
  return {
    name: t('dues:imports.sheet'),
    header: baseColumns.map((c) => t(`dues:imports.columns.${c}`)),
    body: [
      [
        exampleIdNumber,
        t('dues:imports.exampleName'),
        duesCategoryLabels.salaried[english ? 'en-US' : 'zh-CN'],
        '4000.00',
        month,
      ],
    ],
  };
}

/** A refused row's problem as the dialog lists it. */
export type ProblemLine = { key: string; row: number; column: string; problem: string };

/** The server's row errors in words, by row and then the template's column order. */
export function problemLines(errors: readonly BaseImportError[], t: TFunction): ProblemLine[] {
  const order = (column: string) => {
    const i = baseColumns.indexOf(column as BaseColumn);
    return i < 0 ? baseColumns.length : i;
  };
  return [...errors]
    .sort((a, b) => a.row - b.row || order(a.column) - order(b.column))
    .map((e) => ({
      key: `${e.row}-${e.column}-${e.problem}`,
      row: e.row,
      column: baseColumns.includes(e.column as BaseColumn) ? t(`dues:imports.columns.${e.column}`) : e.column,
      problem: t(`dues:importProblem.${e.problem}`, { defaultValue: e.problem }),
    }));
}
