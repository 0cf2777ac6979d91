import { describe, expect, it } from 'vitest';
import { formatRate, parseRate } from './rate';

describe('a rate typed as a percentage', () => {
  it('reads as whole basis points, with no float between', () => {
    expect(parseRate('0.5')).toBe(50);
    expect(parseRate('1')).toBe(100);
    expect(parseRate('1.25')).toBe(125);
    expect(parseRate(' 1.5 ')).toBe(150);
    expect(parseRate('0.07')).toBe(7);
    expect(parseRate('0')).toBe(0);
    expect(parseRate('100')).toBe(10_000);
    // 0.29 * 100 is 28.999... in floats: the text never goes through one.
    expect(parseRate('0.29')).toBe(29);
    expect(parseRate('1.10')).toBe(110);
  });

  it('refuses more than two decimals, a sign, more than 100 % and anything but digits', () => {
    expect(parseRate('1.255')).toBeNull();
    expect(parseRate('-1')).toBeNull();
    expect(parseRate('101')).toBeNull();
    expect(parseRate('100.01')).toBeNull();
    expect(parseRate('+1')).toBeNull();
    expect(parseRate('1.')).toBeNull();
    expect(parseRate('.5')).toBeNull();
    expect(parseRate('1,5')).toBeNull();
    expect(parseRate('1e2')).toBeNull();
    expect(parseRate('')).toBeNull();
    expect(parseRate('1 %')).toBeNull();
  });

  it('writes basis points back as the percentage typed, without trailing zeros', () => {
    expect(formatRate(50)).toBe('0.5');
    expect(formatRate(100)).toBe('1');
    expect(formatRate(125)).toBe('1.25');
    expect(formatRate(7)).toBe('0.07');
    expect(formatRate(0)).toBe('0');
    expect(formatRate(10_000)).toBe('100');
    for (const bp of [0, 1, 29, 50, 99, 150, 1234, 10_000]) expect(parseRate(formatRate(bp))).toBe(bp);
    expect(() => formatRate(1.5)).toThrow(RangeError);
  });
});
