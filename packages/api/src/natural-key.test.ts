import { describe, expect, it } from 'vitest';
import { naturalKey } from './natural-key';

const sorted = (titles: string[]) =>
  [...titles].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : naturalKey(a) > naturalKey(b) ? 1 : 0));

describe('naturalKey', () => {
  it('orders numbers inside titles by value, not by their first digit', () => {
    expect(sorted(['学习（104）', '学习（14）', '学习（2）'])).toEqual(['学习（2）', '学习（14）', '学习（104）']);
    expect(sorted(['a10', 'a9', 'a010'])).toEqual(['a9', 'a10', 'a010']);
  });

  it('orders Han characters by pinyin, as the zh-CN collator does', () => {
    expect(sorted(['张村', '李村', '王村', '阿村'])).toEqual(['阿村', '李村', '王村', '张村']);
  });

  it('ignores case, full width and surrounding spaces', () => {
    expect(naturalKey('Ａｂｃ１２')).toBe(naturalKey('abc12'));
    expect(naturalKey(' ABC ')).toBe(naturalKey('abc'));
    expect(naturalKey('abd')).not.toBe(naturalKey('abc'));
  });

  it('puts a prefix before what extends it, and characters it does not rank after those it does', () => {
    expect(sorted(['通知二', '通知'])).toEqual(['通知', '通知二']);
    expect(sorted(['𠀀', '张'])).toEqual(['张', '𠀀']);
  });
});
