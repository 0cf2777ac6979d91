// The bases sheet read in the browser: headings in either language (or the keys) in any order, a name column that
// may be left out, month cells as Excel gives them back, blank rows skipped, the sheet's own row numbers; a sheet with
// the wrong columns or too many rows stopped before anything is sent; the template and the server's problems in words.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../testing/render';
import { baseImportMaxRows, monthCell, problemLines, sheetRows, templateSheet } from './base-sheet';

const id = '110105198001010016';

describe('a sheet of bases', () => {
  it('maps Chinese headings to the columns the import takes, keeping the sheet’s row numbers', () => {
    const read = sheetRows([
      ['身份证号码', '姓名', '缴费类别', '月缴费基数（元）', '起始月份'],
      [id, '张建国', '在职', '4,000.50', '2026-03'],
      ['', '', '', '', ''],
      [' 11010519800101002X ', '李红', '离退休党员', '3000', '2026-03-01'],
    ]);
    expect(read).toEqual({
      rows: [
        { row: 2, idNumber: id, name: '张建国', category: '在职', base: '4,000.50', effectiveFrom: '2026-03' },
        {
          row: 4,
          idNumber: '11010519800101002X',
          name: '李红',
          category: '离退休党员',
          base: '3000',
          effectiveFrom: '2026-03',
        },
      ],
    });
  });

  it('maps English headings in any order, and keys; the name may be left out', () => {
    const read = sheetRows([
      ['From month', 'monthly base (yuan)', 'ID NUMBER', 'Category'],
      ['2026/4', '2500', id, 'Retired'],
    ]);
    expect(read).toEqual({
      rows: [{ row: 2, idNumber: id, name: '', category: 'Retired', base: '2500', effectiveFrom: '2026-04' }],
    });
    expect(
      sheetRows([
        ['idNumber', 'category', 'base', 'effectiveFrom'],
        [id, 'farmer', '0.5', '2026-05'],
      ]),
    ).toEqual({
      rows: [{ row: 2, idNumber: id, name: '', category: 'farmer', base: '0.5', effectiveFrom: '2026-05' }],
    });
  });

  it('stops a sheet with columns the template does not have, twice, or without one it needs', () => {
    expect(sheetRows([['身份证号码', '缴费类别', '基数', '起始月份']])).toEqual({
      problem: 'unknownColumns',
      columns: ['基数'],
    });
    expect(sheetRows([['身份证号码', 'ID number', '缴费类别', '月缴费基数（元）', '起始月份']])).toEqual({
      problem: 'repeatedColumns',
      columns: ['ID number'],
    });
    expect(sheetRows([['Name', 'Category', 'Monthly base (yuan)']])).toEqual({
      problem: 'missingColumns',
      columns: ['idNumber', 'effectiveFrom'],
    });
    expect(sheetRows([])).toEqual({ problem: 'empty' });
    expect(
      sheetRows([
        ['身份证号码', '缴费类别', '月缴费基数（元）', '起始月份'],
        ['', '', '', ''],
      ]),
    ).toEqual({
      problem: 'empty',
    });
  });

  it(`takes at most ${baseImportMaxRows} rows`, () => {
    const header = ['身份证号码', '缴费类别', '月缴费基数（元）', '起始月份'];
    const row = [id, '在职', '4000', '2026-03'];
    const full = sheetRows([header, ...Array.from({ length: baseImportMaxRows }, () => row)]);
    expect('rows' in full && full.rows.length).toBe(baseImportMaxRows);
    expect(sheetRows([header, ...Array.from({ length: baseImportMaxRows + 1 }, () => row)])).toEqual({
      problem: 'tooManyRows',
      count: baseImportMaxRows + 1,
    });
  });

  it('reads a month as Excel gives it back, and leaves anything else for the server to name', () => {
    expect(monthCell('2026-03-01')).toBe('2026-03');
    expect(monthCell('2026-03-01 00:00')).toBe('2026-03');
    expect(monthCell('2026年3月')).toBe('2026-03');
    expect(monthCell('2026.11')).toBe('2026-11');
    expect(monthCell('三月')).toBe('三月');
    expect(monthCell('2026-3-1x')).toBe('2026-3-1x');
  });

  it('writes the template headed in the reader’s language, with an example row', () => {
    const zh = templateSheet(testI18n('zh-CN').t, 'zh-CN', '2026-11');
    expect(zh.header).toEqual(['身份证号码', '姓名', '缴费类别', '月缴费基数（元）', '起始月份']);
    expect(zh.body).toEqual([[id, '张三', '在职党员（按税后工资）', '4000.00', '2026-11']]);
    const en = templateSheet(testI18n('en-US').t, 'en-US', '2026-11');
    expect(en.header).toEqual(['ID number', 'Name', 'Category', 'Monthly base (yuan)', 'From month']);
    expect(en.body[0]?.[2]).toBe('Salaried (pay after tax)');
    // The template reads back as itself.
    expect(sheetRows([en.header, ...(en.body as string[][])])).toMatchObject({ rows: [{ row: 2, idNumber: id }] });
  });

  it('names the server’s problems in words, by row and in the template’s column order', () => {
    const lines = problemLines(
      [
        { row: 5, column: 'idNumber', problem: 'memberUnknown' },
        { row: 2, column: 'effectiveFrom', problem: 'monthClosed' },
        { row: 2, column: 'base', problem: 'baseInvalid' },
      ],
      testI18n('zh-CN').t,
    );
    expect(lines.map((l) => [l.row, l.column, l.problem])).toEqual([
      [2, '月缴费基数（元）', '金额格式不正确（如 4000 或 4000.50）'],
      [2, '起始月份', '该月份已结账，不能再登记基数'],
      [5, '身份证号码', '本单位及下级单位没有该身份证号码的党员'],
    ]);
  });
});
