import { dayNumber } from '@strata/i18n/days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf, weekdaysThrough } from './weekdays';

describe('weekdays of day numbers', () => {
  it('match known dates, before the epoch too', () => {
    expect(weekdayOf(dayNumber('2026-01-01'))).toBe(4); // Thursday
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0); // Sunday, before the epoch
  });

  it('agree with Date for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        expect(weekdayOf(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  it('counts weekdays between two days arithmetically', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: 0, max: 60 }), (start, length) => {
        let weekdays = 0;
        for (let day = start + 1; day <= start + length; day++) {
          const weekday = new Date(day * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) weekdays++;
        }
        expect(weekdaysThrough(start + length) - weekdaysThrough(start)).toBe(weekdays);
      }),
    );
  });
});
