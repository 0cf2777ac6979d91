import { describe, expect, it } from 'vitest';
import { type ChangeWords, changeRows, describeChange, formatValue, humanizeKey, parseImage } from './change-rows';

const labels: Record<string, string> = { name: '名称', hidden: '隐藏', role: '角色', grants: '授权' };
const words: ChangeWords = {
  locale: 'zh-CN',
  fieldLabel: (key) => labels[key],
  valueLabel: (key, value) => (key === 'role' && value === 'member' ? '党员' : undefined),
  yes: '是',
  no: '否',
  blank: '（空）',
  outsideScope: '（范围外）',
  separator: '；',
};

describe('a change, field by field', () => {
  it('keeps only the fields the after image changed, and every field of a one-sided image', () => {
    const before = { id: 3, name: '旧栏目', hidden: false, sort: 2 };
    expect(changeRows(before, { hidden: true, name: '旧栏目' })).toEqual([
      { field: 'hidden', before: false, after: true, changed: true },
    ]);
    expect(changeRows(null, { name: '新', hidden: false }).map((r) => r.field)).toEqual(['name', 'hidden']);
    expect(changeRows({ name: '删' }, null)).toEqual([
      { field: 'name', before: '删', after: undefined, changed: true },
    ]);
    expect(changeRows(null, null)).toEqual([]);
  });

  it('reads a list or a single value as one row, and a part outside the scope as nothing to list', () => {
    expect(changeRows([1, 2], [2, 1])).toEqual([{ field: '', before: [1, 2], after: [2, 1], changed: true }]);
    expect(changeRows({ outsideScope: true }, { name: 'x' }).map((r) => r.field)).toEqual(['name']);
  });

  it('names unregistered keys readably and never shows JSON', () => {
    expect(humanizeKey('purgedCount')).toBe('Purged count');
    expect(humanizeKey('deleted_at')).toBe('Deleted at');
    expect(formatValue({ role: 'member', unitId: 9 }, words)).toBe('角色: 党员, Unit id: 9');
    expect(formatValue([{ name: 'a' }, { outsideScope: true }], words)).toBe('名称: a；（范围外）');
    expect(formatValue(true, words)).toBe('是');
    expect(formatValue(null, words)).toBe('（空）');
    expect(formatValue('2026-11-28T18:02:07.000Z', words)).toBe('2026/11/29 02:02:07');
    expect(formatValue('2026-11-28', words)).toBe('2026-11-28');
  });

  it('spells a whole change on one line for an export', () => {
    const line = describeChange({ name: '旧', hidden: false }, { name: '新', hidden: true }, words);
    expect(line).toBe('名称: 旧 → 新；隐藏: 否 → 是');
    expect(describeChange(null, { role: 'member' }, words)).toBe('角色: 党员');
    expect(describeChange([3, 1], [1, 3], words)).toBe('3；1 → 1；3');
    expect(describeChange(parseImage('plain words'), null, words)).toBe('plain words');
  });
});
