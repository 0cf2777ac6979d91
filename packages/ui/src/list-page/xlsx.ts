// XLSX written and read with exceljs, loaded only when a file is actually exported or imported (it is large,
// and most visits never need it).
import { chunked, type ExportCell, sheetName } from './export-rows';

type ExcelJs = typeof import('exceljs');
const loadExcelJs = async (): Promise<ExcelJs> => {
  const module = await import('exceljs');
  return (module as ExcelJs & { default?: ExcelJs }).default ?? module;
};

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const chunkRows = 500;

type WriteOptions = { signal?: AbortSignal; onProgress?: (written: number) => void };

/** A sheet to write: its name, the header row and the rows below it. */
export type XlsxSheet = { name: string; header: string[]; body: readonly ExportCell[][] };

/** One sheet with a bold header row, written in chunks that yield to the page (so cancel and progress work). */
export function writeXlsx(name: string, header: string[], body: readonly ExportCell[][], options: WriteOptions = {}) {
  return writeXlsxBook([{ name, header, body }], options);
}

/** A workbook of sheets, each as `writeXlsx` writes one; progress counts the rows of all of them. */
export async function writeXlsxBook(sheets: readonly XlsxSheet[], { signal, onProgress }: WriteOptions = {}) {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  let written = 0;
  for (const { name, header, body } of sheets) {
    const sheet = workbook.addWorksheet(sheetName(name));
    sheet.addRow(header).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const chunk of chunked(body, chunkRows)) {
      signal?.throwIfAborted();
      sheet.addRows(chunk);
      written += chunk.length;
      onProgress?.(written);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    header.forEach((title, i) => {
      const widest = Math.max(title.length, ...body.slice(0, 200).map((r) => String(r[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  signal?.throwIfAborted();
  return new Blob([await workbook.xlsx.writeBuffer()], { type: xlsxType });
}

/**
 * A date cell as the sheet shows it: Excel keeps no zone, and exceljs answers the wall time as that instant in UTC, so
 * it is read back in UTC: the day (YYYY-MM-DD), and the time (HH:mm) when there is one.
 */
function sheetDate(value: Date): string {
  const [day, time = ''] = value.toISOString().split('T');
  const clock = time.slice(0, 5);
  return clock === '00:00' ? (day ?? '') : `${day} ${clock}`;
}

/** The first sheet's rows as text (header included), trailing empty rows left out; a date cell as the day it shows. */
export async function readXlsx(file: Blob): Promise<string[][]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) {
      const cell = row.getCell(i);
      cells.push(cell.value instanceof Date ? sheetDate(cell.value) : cell.text.trim());
    }
    rows.push(cells);
  });
  while (rows.length && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  return rows;
}

/** Saves a file the browser made (an export, a template). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
