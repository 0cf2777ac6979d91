// The file a user picked for the members' import, read in the browser: an XLSX's first sheet through the console's
// one sheet reader (exceljs, loaded only now), or a CSV's text (UTF-8, or GB18030 as Excel saves it on a Chinese
// system). Its header row is matched to the template's columns by their heading in either language or the column's
// key, in any order; a column the sheet leaves out is blank in every row (the service's rule), a required one left out
// stops the file. Its rows keep the sheet's numbers (the header is row 1) and blank rows are skipped. Nothing is sent
// before the whole file passes: too big, too many rows, or columns the template does not have stop it here.
import { type MemberImportColumn, memberImportColumns, memberLimits } from '@strata/contract';
import { readXlsx } from '@strata/ui/list-page';
import type { ImportCells, ImportRow, ImportTemplateColumn } from '../common/api-types';

/**
 * The largest file read: a row of the template filled to every column's limit is under 1,000 characters, at most
 * 4 KB as UTF-8 with a sheet's markup, so a file of the most rows an import takes fits in this many bytes.
 */
export const importFileMaxBytes = memberLimits.importMaxRows * 4 * 1024;

export type FileProblem =
  | { problem: 'tooBig'; size: number }
  | { problem: 'wrongType' }
  | { problem: 'unreadable' }
  | { problem: 'empty' }
  | { problem: 'tooManyRows'; count: number }
  | { problem: 'unknownColumns'; columns: string[] }
  | { problem: 'repeatedColumns'; columns: string[] }
  | { problem: 'missingColumns'; columns: MemberImportColumn[] };

export type ReadImport = { rows: ImportRow[] } | FileProblem;

const isCsv = (file: File) => /\.csv$/i.test(file.name);
const isXlsx = (file: File) => /\.xlsx$/i.test(file.name);

/** The file's rows under the template's columns (an XLSX's first sheet or a CSV), or why it cannot be imported. */
export async function readImportFile(file: File, columns: readonly ImportTemplateColumn[]): Promise<ReadImport> {
  if (!isCsv(file) && !isXlsx(file)) return { problem: 'wrongType' };
  if (file.size > importFileMaxBytes) return { problem: 'tooBig', size: file.size };
  let matrix: string[][];
  try {
    matrix = isCsv(file) ? parseCsv(decodeCsv(await file.arrayBuffer())) : await readXlsx(file);
  } catch {
    return { problem: 'unreadable' };
  }
  return importRows(matrix, columns);
}

/** A CSV's text: UTF-8 when it is valid UTF-8 (a byte-order mark dropped), else GB18030 (Excel's "CSV" in China). */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks; CRLF, LF or CR end a row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.map((cells) => cells.map((c) => c.trim()));
}

const headingKey = (text: string) => text.trim().toLowerCase();

/** The file's rows under the template's column keys, or why the file cannot be imported. */
export function importRows(
  matrix: readonly (readonly string[])[],
  columns: readonly ImportTemplateColumn[],
): ReadImport {
  const [header = [], ...body] = matrix;
  const byHeading = new Map<string, ImportTemplateColumn>();
  for (const column of columns)
    for (const heading of [column.key, column.label['zh-CN'], column.label['en-US']])
      byHeading.set(headingKey(heading), column);

  const at = new Map<MemberImportColumn, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const column = byHeading.get(headingKey(heading));
    if (!column) unknown.push(heading);
    else if (at.has(column.key)) repeated.push(heading);
    else at.set(column.key, index);
  });
  if (header.every((heading) => heading.trim() === '')) return { problem: 'empty' };
  if (unknown.length) return { problem: 'unknownColumns', columns: unknown };
  if (repeated.length) return { problem: 'repeatedColumns', columns: repeated };
  const missing = columns.filter((c) => c.required && !at.has(c.key)).map((c) => c.key);
  if (missing.length) return { problem: 'missingColumns', columns: missing };

  const rows: ImportRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row = Object.fromEntries(
      memberImportColumns.map((key) => {
        const index = at.get(key);
        // A cell longer than the service reads is cut to that length: still longer than its column takes, it comes
        // back as that row's problem instead of failing the whole chunk.
        const text = (index === undefined ? '' : (cells[index] ?? '')).slice(0, memberLimits.importCellMax);
        return [key, text];
      }),
    ) as ImportCells;
    rows.push({ row: index + 2, cells: row });
  });
  if (rows.length === 0) return { problem: 'empty' };
  if (rows.length > memberLimits.importMaxRows) return { problem: 'tooManyRows', count: rows.length };
  return { rows };
}
