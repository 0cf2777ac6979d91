import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './mask';

const codePoints = (text: string) => [...text];

/** How many characters of `input` show through `masked`, checking that each sits where it was. */
function revealed(input: string, masked: string): number {
  const from = codePoints(input);
  const to = codePoints(masked);
  let shown = 0;
  to.forEach((character, i) => {
    if (character === '*') return;
    expect(character, `position ${i}`).toBe(from[i]);
    shown++;
  });
  return shown;
}

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['８６１３８１２３４５６７８', '138****5678'],
    ['010-12345678', '010****5678'],
    ['075512345678', '075*****5678'],
    ['123456789', '1****6789'],
    ['1234567890', '12****7890'],
    ['12345678', '****5678'],
    ['1234567', '***4567'],
    ['123456', '****56'],
    ['1234', '**34'],
    ['123', '***'],
    ['1', '*'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(maskPhone(value)).toBe(expected);
  });

  it('shows at most 3 digits at the start and 4 at the end, keeps length, and hides at least 4 (or half)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[02-9]\d{0,19}$|^$/), (digits) => {
        const masked = maskPhone(digits);
        const n = digits.length;
        expect(codePoints(masked)).toHaveLength(n);
        expect(masked).toMatch(/^\d{0,3}\**\d{0,4}$/);
        const shown = revealed(digits, masked);
        expect(shown).toBeLessThanOrEqual(7);
        expect(n - shown).toBeGreaterThanOrEqual(Math.min(4, Math.floor(n / 2)));
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['王', '*'],
    ['John Smith', 'J*** S****'],
    ['John F Kennedy', 'J*** * K******'],
    ['Jean-Luc  Picard', 'J*******  P*****'],
    ['𠮷野家', '𠮷**'],
    ['李𠮷', '李*'],
    ['阿沛·阿旺晋美', '阿******'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(maskName(value)).toBe(expected);
  });

  it('keeps the length in code points, and shows at most the first character of each word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        const masked = maskName(name);
        expect(codePoints(masked)).toHaveLength(codePoints(name).length);
        const words = name.split(/\s+/).filter((word) => codePoints(word).length > 1);
        expect(revealed(name, masked) - countWhitespace(name)).toBeLessThanOrEqual(words.length);
        // Never a half of a surrogate pair.
        expect(/\p{Cs}/u.test(masked)).toBe(/\p{Cs}/u.test(name));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), (name) => {
        const word = name.replace(/\s/g, '');
        if (word === '') return;
        const masked = maskName(word);
        expect(revealed(word, masked)).toBe(codePoints(word).length === 1 || word.startsWith('*') ? 0 : 1);
      }),
    );
  });
});

const countWhitespace = (text: string) => (text.match(/\s/g) ?? []).length;

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['11010519491231002x', '110105********002X'],
    [' 110105 19491231 002X', '110105********002X'],
    ['110105491231002', '110105******002'],
    ['1234567890', '******7890'],
    ['12345678', '****5678'],
    ['1234567', '*******'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(maskIdNumber(value)).toBe(expected);
  });

  it('keeps the length, never shows the birth date, and shows at most 10 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9X]{0,24}$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        const shown = revealed(id, masked);
        expect(shown).toBeLessThanOrEqual(id.length === 18 ? 10 : id.length === 15 ? 9 : 4);
        if (id.length === 18) expect(masked.slice(6, 14)).toBe('********');
        if (id.length === 15) expect(masked.slice(6, 12)).toBe('******');
        if (id.length > 0) expect(id.length - shown).toBeGreaterThanOrEqual(Math.min(8, Math.ceil(id.length / 2)));
      }),
    );
  });
});

describe('maskAddress', () => {
  it.each([
    ['北京市朝阳区建国路88号', '北京市朝阳区****'],
    ['广东省深圳市南山区科技园南区深南大道10000号', '广东省深圳市****'],
    ['北京市朝阳区', '北京市****'],
    ['北京市朝阳', '北京****'],
    ['𠮷野家本店东京都', '𠮷野家本****'],
    ['  上海市黄浦区南京东路1号  ', '上海市黄浦区****'],
    ['A', '****'],
    ['', ''],
  ])('masks %j as %j', (value, expected) => {
    expect(maskAddress(value)).toBe(expected);
  });

  it('shows a prefix of at most 6 characters and at most half, then ****', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (address) => {
        const trimmed = address.trim();
        if (trimmed === '') return;
        const masked = maskAddress(address);
        expect(masked.endsWith('****')).toBe(true);
        const shown = codePoints(masked.slice(0, -4));
        expect(codePoints(trimmed).slice(0, shown.length)).toEqual(shown);
        expect(shown.length).toBeLessThanOrEqual(Math.min(6, Math.floor(codePoints(trimmed).length / 2)));
      }),
    );
  });
});
