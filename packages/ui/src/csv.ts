export type CsvColumn<Row> = { title: string; value: (row: Row) => string | number | boolean | null | undefined };

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

// Text such as `=HYPERLINK(...)` would run as a formula when the file is opened in a spreadsheet
// (CSV injection): user-written text that starts like a formula goes out behind an apostrophe.
const formulaStart = /^[=+\-@\t\r]/;
export const defuseFormula = (text: string) => (formulaStart.test(text) ? `'${text}` : text);

const cell = (value: string | number | boolean | null | undefined) =>
  quote(typeof value === 'string' ? defuseFormula(value) : String(value ?? ''));

/** RFC 4180 text; a leading BOM lets Excel read UTF-8 Chinese correctly. */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => cell(c.title))];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
