// Reading the import's file in the browser: its header matched to the template's columns in either language and any
// order, its rows numbered as the sheet numbers them, and a file that cannot be imported stopped before anything is
// sent (the wrong columns, too many rows, too big, not a sheet). XLSX through the console's sheet reader, CSV as Excel
// saves it in either encoding.
import { memberLimits } from '@strata/contract';
import { writeXlsxBook } from '@strata/ui/list-page';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, importFileMaxBytes, importRows, parseCsv, readImportFile } from './import-file';
import { sheetOf, templateFixture } from './template-fixture';

const columns = templateFixture.columns;

describe('importRows', () => {
  it('reads the columns by their headings in either language, in any order, and keeps the sheet’s row numbers', () => {
    const read = importRows(
      [
        ['Stage', '姓名', 'ID number', '所在党支部（名称或网站代码）', 'ethnicity', '申请入党日期'],
        ['Full member', '王建华', '11010519491231002X', '机关支部', '01', '2015-06-15'],
        ['', '', '', '', '', ''],
        ['入党申请人', 'x'.repeat(memberLimits.importCellMax + 5), '1', '机关支部', 'Han', '1985-06-15'],
      ],
      columns,
    );
    if (!('rows' in read)) throw new Error(`not read: ${read.problem}`);
    expect(read.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(read.rows[0]?.cells).toMatchObject({
      name: '王建华',
      idNumber: '11010519491231002X',
      stage: 'Full member',
      branch: '机关支部',
      ethnicity: '01',
      appliedOn: '2015-06-15',
      gender: '',
      note: '',
    });
    expect(Object.keys(read.rows[0]?.cells ?? {})).toEqual(columns.map((c) => c.key));
    // A cell longer than the service reads is cut to that length (its column refuses it as too long, on its row).
    expect(read.rows[1]?.cells.name).toHaveLength(memberLimits.importCellMax);
    expect(read.rows[1]?.cells.appliedOn).toBe('1985-06-15');
  });

  it('stops a file whose columns the template does not have, repeats, or lacks a required one', () => {
    const header = sheetOf(0)[0] ?? [];
    expect(importRows([[...header, '籍贯'], ['张三']], columns)).toEqual({
      problem: 'unknownColumns',
      columns: ['籍贯'],
    });
    expect(importRows([[...header, 'Name'], ['张三']], columns)).toEqual({
      problem: 'repeatedColumns',
      columns: ['Name'],
    });
    expect(
      importRows(
        [
          ['姓名', '性别', '备注'],
          ['张三', '男', ''],
        ],
        columns,
      ),
    ).toEqual({
      problem: 'missingColumns',
      columns: ['idNumber', 'ethnicity', 'branch', 'stage', 'appliedOn'],
    });
  });

  it('stops a file with no rows or with more rows than an import takes', () => {
    expect(importRows([], columns)).toEqual({ problem: 'empty' });
    expect(importRows(sheetOf(0), columns)).toEqual({ problem: 'empty' });
    expect(importRows(sheetOf(memberLimits.importMaxRows + 1), columns)).toEqual({
      problem: 'tooManyRows',
      count: memberLimits.importMaxRows + 1,
    });
    const most = importRows(sheetOf(memberLimits.importMaxRows), columns);
    expect('rows' in most && most.rows.length).toBe(memberLimits.importMaxRows);
  });
});

describe('CSV', () => {
  it('reads quoted cells with commas, quotes and line breaks, and any line ending', () => {
    expect(parseCsv('姓名,备注\r\n张三,"一,二"\n李四,"说""好""\r\n第二行"\r王五,\n')).toEqual([
      ['姓名', '备注'],
      ['张三', '一,二'],
      ['李四', '说"好"\r\n第二行'],
      ['王五', ''],
    ]);
  });

  it('decodes UTF-8 (its byte-order mark dropped) and GB18030, as Excel saves a CSV in China', () => {
    const utf8 = new TextEncoder().encode('\uFEFF姓名,民族');
    expect(decodeCsv(utf8.buffer)).toBe('姓名,民族');
    // "姓名,汉族" in GBK.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xba, 0xba, 0xd7, 0xe5]);
    expect(decodeCsv(gbk.buffer)).toBe('姓名,汉族');
  });
});

describe('readImportFile', () => {
  it('reads an XLSX’s first sheet, a day Excel holds as a date as the day it shows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('党员');
    sheet.addRow(['姓名', '身份证号码', '民族', '所在党支部（名称或网站代码）', '发展阶段', '申请入党日期']);
    sheet.addRow(['王建华', '11010519491231002X', '汉族', '机关支部', '正式党员', new Date(Date.UTC(2015, 5, 15))]);
    book.addWorksheet('填写说明').addRow(['不是党员']);
    const file = new File([await book.xlsx.writeBuffer()], '党员.xlsx');
    const read = await readImportFile(file, columns);
    expect(read).toEqual({
      rows: [
        { row: 2, cells: expect.objectContaining({ name: '王建华', ethnicity: '汉族', appliedOn: '2015-06-15' }) },
      ],
    });
  });

  it('reads the console’s own XLSX and a CSV alike', async () => {
    const [header = [], ...body] = sheetOf(2, 'en-US');
    const xlsx = new File([await writeXlsxBook([{ name: 'Members', header, body }])], 'members.XLSX');
    const csv = new File(
      [
        `\uFEFF${sheetOf(2, 'en-US')
          .map((r) => r.join(','))
          .join('\r\n')}`,
      ],
      'members.csv',
    );
    const fromXlsx = await readImportFile(xlsx, columns);
    expect(fromXlsx).toEqual(await readImportFile(csv, columns));
    expect('rows' in fromXlsx && fromXlsx.rows.map((r) => r.cells.name)).toEqual(['党员1', '党员2']);
  });

  it('refuses a file that is no sheet, cannot be read, or is too big, before reading it', async () => {
    expect(await readImportFile(new File(['x'], 'members.xls'), columns)).toEqual({ problem: 'wrongType' });
    expect(await readImportFile(new File(['not a zip'], 'members.xlsx'), columns)).toEqual({ problem: 'unreadable' });
    const big = { name: 'members.csv', size: importFileMaxBytes + 1 } as File;
    expect(await readImportFile(big, columns)).toEqual({ problem: 'tooBig', size: importFileMaxBytes + 1 });
  });
});
