import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber, weekdayOf, weekdaysThrough } from './iso-date';

// Independent of the arithmetic under test: Date's own UTC calendar.
const utcIso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].every(isIsoDate)).toBe(
      true,
    );
    const rejected = [
      '2026-02-29', // 2026 is not a leap year
      '1900-02-29', // nor is 1900
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '２０２６-01-01',
      '',
      20260101,
      null,
    ];
    for (const value of rejected) expect(isIsoDate(value), String(value)).toBe(false);
  });
});

describe('day numbers', () => {
  it('match known dates and weekdays', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-01-01')).toBe(20_454);
    expect(toDayNumber('0050-03-01')).toBe(-701_206); // not 1950, as Date.UTC would read it
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(weekdayOf(toDayNumber('2026-01-01'))).toBe(4); // Thursday
    expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0); // Sunday, before the epoch
  });

  it('round-trip and agree with Date for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const iso = fromDayNumber(days);
        expect(iso).toBe(utcIso(days));
        expect(toDayNumber(iso)).toBe(days);
        expect(weekdayOf(days)).toBe(new Date(days * 86_400_000).getUTCDay());
      }),
    );
  });

  it('refuses dates that are not real', () => {
    expect(() => toDayNumber('2026-02-29')).toThrow('Not a calendar date (expected YYYY-MM-DD): "2026-02-29"');
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
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
