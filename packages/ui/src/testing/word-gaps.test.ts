import { describe, expect, it } from 'vitest';
import { wordGaps } from './word-gaps';

describe('wordGaps', () => {
  it('finds nothing when the languages agree, plural forms included', () => {
    const zh = { a: '甲', b: { c: '丙' }, n: '{{count}} 个', m: '{{count}} 条' };
    const en = { a: 'A', b: { c: 'C' }, n_one: 'one', n_other: '{{count}}', m: '{{count}} items', m_one: 'one item' };
    expect(wordGaps(zh, en)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
  });

  it('names a Chinese word English lacks, at any depth, and a lone plural form', () => {
    const zh = { a: '甲', b: { c: '丙', d: '丁' }, n: '个' };
    expect(wordGaps(zh, { a: 'A', b: { c: 'C' }, n_one: 'one' }).missingInEnglish).toEqual(['b.d', 'n']);
    expect(wordGaps(zh, { a: 'A', n: 'N' }).missingInEnglish).toEqual(['b.c', 'b.d']);
  });

  it('names what only English says', () => {
    expect(wordGaps({ a: '甲' }, { a: 'A', b: 'B', c: { d: 'D' }, e_one: 'one' }).onlyInEnglish).toEqual([
      'b',
      'c.d',
      'e_one',
    ]);
  });
});
