import { describe, expect, it } from 'vitest';
import { sideBySide } from './side-by-side';

const text = (parts: { text: string }[] | null) => parts?.map((p) => p.text).join('') ?? null;

describe('two versions side by side', () => {
  it('keeps unchanged lines on both sides and pairs a changed line with its replacement, by character', () => {
    const rows = sideBySide('第一段\n第二段原文\n第三段', '第一段\n第二段新文\n第三段');
    expect(rows.map((r) => [text(r.left), text(r.right), r.changed])).toEqual([
      ['第一段', '第一段', false],
      ['第二段原文', '第二段新文', true],
      ['第三段', '第三段', false],
    ]);
    expect(rows[1]?.left).toEqual([
      { text: '第二段', change: 'same' },
      { text: '原', change: 'removed' },
      { text: '文', change: 'same' },
    ]);
    expect(rows[1]?.right?.find((p) => p.change === 'added')?.text).toBe('新');
  });

  it('shows lines that only one side has against an empty side', () => {
    const rows = sideBySide('甲\n乙', '甲\n乙\n丙\n丁');
    expect(rows.slice(2).map((r) => [text(r.left), text(r.right)])).toEqual([
      [null, '丙'],
      [null, '丁'],
    ]);
    const removed = sideBySide('甲\n乙\n丙', '甲');
    expect(removed.slice(1).map((r) => [text(r.left), text(r.right)])).toEqual([
      ['乙', null],
      ['丙', null],
    ]);
  });

  it('finds nothing changed in equal texts, and everything in disjoint ones', () => {
    expect(sideBySide('同样\n的文字', '同样\n的文字').every((r) => !r.changed)).toBe(true);
    expect(sideBySide('', '').every((r) => !r.changed)).toBe(true);
    const all = sideBySide('旧', '新');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      changed: true,
      left: [{ text: '旧', change: 'removed' }],
      right: [{ text: '新', change: 'added' }],
    });
  });

  it('reads a last line as the same line when more lines follow it in the other version', () => {
    const rows = sideBySide('甲\n乙', '甲改\n乙\n丙');
    expect(rows.map((r) => [text(r.left), text(r.right), r.changed])).toEqual([
      ['甲', '甲改', true],
      ['乙', '乙', false],
      [null, '丙', true],
    ]);
  });
});
