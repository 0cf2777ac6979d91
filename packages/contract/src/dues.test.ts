// Money as text: fen to yuan and back without a float, and the capital figures a receipt writes the total in.
import { describe, expect, it } from 'vitest';
import { capitalAmount, formatFen, parseYuan } from './dues';

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [1010, '10.10'],
    [4000, '40.00'],
    [4005, '40.05'],
    [123_456, '1,234.56'],
    [100_000_000, '1,000,000.00'],
    [-120, '-1.20'],
    [-5, '-0.05'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('leaves the thousands ungrouped for a form field', () => {
    expect(formatFen(100_000_000, { grouped: false })).toBe('1000000.00');
    expect(formatFen(99_999, { grouped: false })).toBe('999.99');
  });

  it('stays exact where a float would not (0.1 + 0.2, large amounts)', () => {
    expect(formatFen(30)).toBe('0.30');
    expect(formatFen(999_999_999_999_999)).toBe('9,999,999,999,999.99');
  });

  it('refuses anything but a whole number of fen', () => {
    expect(() => formatFen(40.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe('parseYuan', () => {
  it.each([
    ['40', 4000],
    ['40.5', 4050],
    ['40.05', 4005],
    ['40.50', 4050],
    ['0', 0],
    ['0.05', 5],
    ['0.1', 10],
    ['10.10', 1010],
    ['1,000,000.00', 100_000_000],
    ['1000000', 100_000_000],
    ['  12.3 ', 1230],
    ['007', 700],
    ['9999999999999.99', 999_999_999_999_999],
  ])('%s is %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    ['more than two decimals', '40.005'],
    ['a negative', '-40'],
    ['a plus sign', '+40'],
    ['nothing', ''],
    ['spaces', '   '],
    ['a bare point', '40.'],
    ['no whole part', '.5'],
    ['letters', '4o'],
    ['an exponent', '4e3'],
    ['a misplaced separator', '1,00'],
    ['a separator after four digits', '1000,000'],
    ['two points', '1.2.3'],
    ['full-width digits', '４０'],
    ['a currency sign', '¥40'],
    ['more than 13 digits of yuan', '10000000000000'],
  ])('refuses %s', (_, text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it('reads back what formatFen writes', () => {
    for (const fen of [0, 1, 9, 10, 99, 100, 1010, 4005, 123_456_789, 100_000_000])
      expect(parseYuan(formatFen(fen))).toBe(fen);
  });
});

describe('capitalAmount', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [10, '壹角整'],
    [15, '壹角伍分'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1010, '壹拾元壹角整'],
    [4000, '肆拾元整'],
    [10_005, '壹佰元零伍分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
    [10_700_053, '壹拾万柒仟元伍角叁分'],
    [110_100_000, '壹佰壹拾万壹仟元整'],
    [100_000_000, '壹佰万元整'],
    [100_100, '壹仟零壹元整'],
    [1_000_100, '壹万零壹元整'],
    [10_000_000_000, '壹亿元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [-4000, '负肆拾元整'],
  ])('%i fen is %s', (fen, words) => {
    expect(capitalAmount(fen)).toBe(words);
  });

  it('refuses a fraction of a fen', () => {
    expect(() => capitalAmount(0.5)).toThrow(RangeError);
  });
});
