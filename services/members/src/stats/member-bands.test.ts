import { memberAgeBands } from '@strata/contract';
import { dayNumber, dayText } from '@strata/i18n/days';
import { describe, expect, it } from 'vitest';
import { bandsOf, countList, cutoffsOn, leftStatuses, periodOn, yearBandKeys, yearsCutoff } from './member-bands';

/** Whole years as a reader counts them: the year difference, less one before the anniversary in the day's year. */
const wholeYears = (since: string, day: string) =>
  Number(day.slice(0, 4)) - Number(since.slice(0, 4)) - (since.slice(5) > day.slice(5) ? 1 : 0);

describe('whole years by cutoff', () => {
  it('agrees with counting years to the anniversary, for every birthday around the bounds', () => {
    const days = ['2026-03-15', '2028-02-29', '2027-02-28', '2027-03-01', '2026-12-31', '2026-01-01'];
    const disagreeing: string[] = [];
    for (const day of days)
      for (const max of [0, 4, 25, 30, 60])
        for (let n = dayNumber(day) - (max + 2) * 366; n <= dayNumber(day) - max * 365; n++) {
          const since = dayText(n);
          if (since > yearsCutoff(day, max) !== wholeYears(since, day) <= max)
            disagreeing.push(`${since} on ${day}, at most ${max}`);
        }
    expect(disagreeing).toEqual([]);
  });

  it('turns a year older on the birthday, and a 29 February birthday on 1 March in a year without one', () => {
    expect(yearsCutoff('2026-06-10', 25)).toBe('2000-06-10');
    // Born 2000-06-10: 26 on 2026-06-10, so not "at most 25"; born a day later: still 25.
    expect('2000-06-10' > yearsCutoff('2026-06-10', 25)).toBe(false);
    expect('2000-06-11' > yearsCutoff('2026-06-10', 25)).toBe(true);
    expect('2000-02-29' > yearsCutoff('2027-02-28', 26)).toBe(true);
    expect('2000-02-29' > yearsCutoff('2027-03-01', 26)).toBe(false);
  });

  it('gives one cutoff per bound', () => {
    expect(cutoffsOn('2026-12-02', [25, 30])).toEqual(['2000-12-02', '1995-12-02']);
  });
});

describe('bands from "at most" counts', () => {
  it('takes each band as the difference from the bound below, the last what lies above the last bound', () => {
    const keys = memberAgeBands.map((b) => b.key);
    const atMost = [2, 5, 5, 6, 10, 10, 11, 15];
    expect(bandsOf(keys, atMost, 20).map((b) => b.count)).toEqual([2, 3, 0, 1, 4, 0, 1, 4, 5]);
    expect(bandsOf(keys, atMost, 20).map((b) => b.key)).toEqual(keys);
  });

  it('refuses bounds that do not match the bands', () => {
    expect(() => bandsOf(['a', 'b', 'c'], [1], 3)).toThrow();
  });

  it('ends the years of membership with those not yet admitted', () => {
    expect(yearBandKeys.at(-1)).toBe('none');
  });
});

describe('count lists', () => {
  it('reads the text the statements write, and a single count as either database gives it', () => {
    expect(countList('3,0,12', 3)).toEqual([3, 0, 12]);
    expect(countList(7, 1)).toEqual([7]);
    expect(countList('7', 1)).toEqual([7]);
  });

  it('refuses a list of the wrong length or with anything but counts', () => {
    expect(() => countList('1,2', 3)).toThrow();
    expect(() => countList('1,x,2', 3)).toThrow();
    expect(() => countList(null, 1)).toThrow();
  });
});

describe('the period', () => {
  it('defaults to the year so far, each end on its own', () => {
    expect(periodOn('2026-12-02', {})).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(periodOn('2026-12-02', { from: '2025-07-01' })).toEqual({ from: '2025-07-01', to: '2026-12-02' });
    expect(periodOn('2026-12-02', { to: '2026-03-31' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('left statuses', () => {
  it('are every status off the active registry', () => {
    expect(leftStatuses).toEqual(['transferred', 'deceased', 'expelled', 'withdrawn', 'cancelled']);
  });
});
