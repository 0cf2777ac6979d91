// A workbook of several sheets, written as the exports write it and read back with exceljs.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { readXlsx, writeXlsxBook } from './xlsx';

it('writes each sheet with its bold header and rows, and counts progress over all of them', async () => {
  const progress: number[] = [];
  const blob = await writeXlsxBook(
    [
      { name: '汇总', header: ['单位', '收信'], body: [['江城市', 12]] },
      {
        name: 'By month',
        header: ['month', 'received'],
        body: [
          ['2026-01', 7],
          ['2026-02', null],
        ],
      },
    ],
    { onProgress: (n) => progress.push(n) },
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await blob.arrayBuffer());
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', 'By month']);
  expect(book.worksheets[0]?.getRow(1).font?.bold).toBe(true);
  expect(book.worksheets[1]?.getCell('B2').value).toBe(7);
  expect(book.worksheets[1]?.getCell('B3').value).toBeNull();
  expect(progress).toEqual([1, 3]);
  // The first sheet is what an import reads.
  expect(await readXlsx(blob)).toEqual([
    ['单位', '收信'],
    ['江城市', '12'],
  ]);
});

it('reads a cell Excel holds as a date as the day it shows (with the time when it has one), whatever the zone', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(['day', 'at']);
  // Excel stores no zone: exceljs gives a date cell as that wall time in UTC.
  sheet.addRow([new Date(Date.UTC(2015, 5, 15)), new Date(Date.UTC(2021, 6, 1, 8, 30))]);
  const blob = new Blob([await book.xlsx.writeBuffer()]);
  expect(await readXlsx(blob)).toEqual([
    ['day', 'at'],
    ['2015-06-15', '2021-07-01 08:30'],
  ]);
});
