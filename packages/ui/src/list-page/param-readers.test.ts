import { describe, expect, it } from 'vitest';
import { idParam, integerParam, isoDateParam, oneOfParam, patternParam, textParam } from './param-readers';

describe('URL parameter readers', () => {
  it('read an id as a whole number above zero, as JavaScript reads numbers', () => {
    expect(['7', ' 12 ', '1e3', '9007199254740991'].map(idParam)).toEqual([7, 12, 1000, 9007199254740991]);
    for (const text of ['0', '-2', '2.5', 'abc', '9007199254740992', 'Infinity', 'NaN'])
      expect(idParam(text)).toBeUndefined();
  });

  it('read a number only within its bounds', () => {
    const page = integerParam(1, 100);
    expect([page('1'), page('100')]).toEqual([1, 100]);
    expect([page('0'), page('101')]).toEqual([undefined, undefined]);
  });

  it('read only one of the values given, numbers by their value', () => {
    const status = oneOfParam(['active', 'locked']);
    expect([status('active'), status('locked')]).toEqual(['active', 'locked']);
    expect([status('Active'), status('gone'), status('toString')]).toEqual([undefined, undefined, undefined]);
    const size = oneOfParam([10, 20, 50]);
    expect([size('20'), size('50.0'), size('33'), size('2e1')]).toEqual([20, 50, undefined, 20]);
  });

  it('read text trimmed, within its length in characters', () => {
    const search = textParam({ max: 3 });
    expect([search(' 王五 '), search('   '), search('abc'), search('😀😀😀')]).toEqual(['王五', '', 'abc', '😀😀😀']);
    expect(search('abcd')).toBeUndefined();
    const role = textParam({ min: 1, max: 50 });
    expect([role('  '), role(' editor ')]).toEqual([undefined, 'editor']);
  });

  it('read text only when the whole of it matches the pattern', () => {
    const entity = patternParam(/^[A-Za-z]{1,40}$/);
    expect([entity('Article'), entity('<b>'), entity('Article1')]).toEqual(['Article', undefined, undefined]);
  });

  it('read a day only when it is a day of the calendar', () => {
    expect(['2026-11-30', '2024-02-29'].map(isoDateParam)).toEqual(['2026-11-30', '2024-02-29']);
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', 'yesterday', '2026-11-30T00:00'])
      expect(isoDateParam(text)).toBeUndefined();
  });
});
