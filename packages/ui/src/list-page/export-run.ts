// An export's work: every page the list's filter matches, then the file, with progress. Loaded when an export
// starts (ExportButton imports it then): the paging, CSV and sheet code are no part of any list's first visit.
import { fileStamp } from '@strata/i18n';
import { downloadCsv, toCsv } from '../csv';
import { type FetchPage, fetchAllPages } from '../fetch-all-pages';
import { type ExportColumn, exportMatrix } from './export-rows';
import { downloadBlob, writeXlsx } from './xlsx';

export type ExportFormat = 'xlsx' | 'csv';
export type ExportProgress = { phase: 'fetch' | 'write'; done: number; total: number };

type Run<Row> = {
  format: ExportFormat;
  fetchPage: FetchPage<Row>;
  columns: ExportColumn<Row>[];
  fileName: string;
  cap: number;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
};

/** Downloads the export; answers how many rows it held (0: nothing to export), of how many, and whether it was cut. */
export async function runExport<Row>({ format, fetchPage, columns, fileName, cap, signal, onProgress }: Run<Row>) {
  const { rows, total, capped } = await fetchAllPages(fetchPage, {
    cap,
    signal,
    onProgress: (done, all) => onProgress({ phase: 'fetch', done, total: all }),
  });
  if (rows.length === 0) return { count: 0, total, capped };
  const name = `${fileName}-${fileStamp(new Date())}`;
  if (format === 'csv') downloadCsv(`${name}.csv`, toCsv(columns, rows));
  else {
    const { header, body } = exportMatrix(columns, rows);
    onProgress({ phase: 'write', done: 0, total: body.length });
    const blob = await writeXlsx(fileName, header, body, {
      signal,
      onProgress: (done) => onProgress({ phase: 'write', done, total: body.length }),
    });
    downloadBlob(`${name}.xlsx`, blob);
  }
  return { count: rows.length, total, capped };
}
