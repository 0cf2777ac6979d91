// What an export writes, apart from the file format: the header and each row's cells, from the same column
// list for XLSX and CSV, so both files say the same.
import type { CsvColumn } from '../csv';

/** An exported column: its title in the user's language and how a row reads in it. */
export type ExportColumn<Row> = CsvColumn<Row>;
export type ExportCell = string | number | boolean | null;

/** Excel refuses longer text in one cell. */
export const xlsxCellMax = 32_767;

const toCell = (value: string | number | boolean | null | undefined): ExportCell => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.length > xlsxCellMax ? value.slice(0, xlsxCellMax) : value;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
};

export function exportMatrix<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]) {
  return {
    header: columns.map((c) => c.title),
    body: rows.map((row) => columns.map((c) => toCell(c.value(row)))),
  };
}

/** Rows in pieces of `size`, so a long write can yield to the page (progress, cancel) between them. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('chunk size must be at least 1');
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export const sheetName = (name: string) =>
  name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31) || 'Sheet1';
