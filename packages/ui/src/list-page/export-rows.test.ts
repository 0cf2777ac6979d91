import { describe, expect, it } from 'vitest';
import { chunked, exportMatrix, sheetName, xlsxCellMax } from './export-rows';

type Row = { name: string; count: number; note?: string | null; active: boolean };

describe('export rows', () => {
  const columns = [
    { title: '名称', value: (r: Row) => r.name },
    { title: '数量', value: (r: Row) => r.count },
    { title: '备注', value: (r: Row) => r.note },
    { title: '启用', value: (r: Row) => (r.active ? '是' : '否') },
  ];

  it('are a header and one line of cells per row, in the columns’ order; numbers stay numbers, nothing is empty', () => {
    expect(
      exportMatrix(columns, [
        { name: '第一支部', count: 3, note: null, active: true },
        { name: '=cmd', count: Number.NaN, active: false },
      ]),
    ).toEqual({
      header: ['名称', '数量', '备注', '启用'],
      body: [
        ['第一支部', 3, null, '是'],
        // An XLSX cell holds text as text (never a formula), so nothing needs defusing here.
        ['=cmd', null, null, '否'],
      ],
    });
  });

  it('cut text longer than a cell can hold', () => {
    const long = 'x'.repeat(xlsxCellMax + 10);
    const { body } = exportMatrix(columns, [{ name: long, count: 1, active: true }]);
    expect(String(body[0]?.[0]).length).toBe(xlsxCellMax);
  });

  it('are written in chunks', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 3)).toEqual([]);
    expect(() => chunked([1], 0)).toThrow();
  });

  it('go to a sheet whose name Excel accepts', () => {
    expect(sheetName('用户列表')).toBe('用户列表');
    expect(sheetName('a/b:c*d?[e]')).toBe('a b c d  e');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('///')).toBe('Sheet1');
  });
});
