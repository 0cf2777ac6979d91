import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, dayNumberOf, dayText, isCalendarDay } from './calendar-days';
import { formatFor } from './dates';
import { calendarDay } from './zoned-time';

// Independent of the arithmetic under test: Date's own UTC calendar.
const utcDay = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

describe('isCalendarDay', () => {
  it('accepts real dates only', () => {
    expect(
      ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].every(isCalendarDay),
    ).toBe(true);
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
    for (const value of rejected) expect(isCalendarDay(value), String(value)).toBe(false);
  });
});

describe('day numbers', () => {
  it('match known dates', () => {
    expect(dayNumber('2026-01-01')).toBe(20_454);
    expect(dayNumber('0050-03-01')).toBe(-701_206); // not 1950, as Date.UTC would read it
    expect(dayText(-1)).toBe('1969-12-31');
  });

  it('round-trip and agree with Date for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const day = dayText(days);
        expect(day).toBe(utcDay(days));
        expect(dayNumber(day)).toBe(days);
      }),
    );
  });

  it('refuses days that are not real, and day numbers past year 9999', () => {
    expect(() => dayNumber('2026-02-29')).toThrow(
      new RangeError('Not a calendar date (expected YYYY-MM-DD): "2026-02-29"'),
    );
    expect(() => dayNumber('not a day')).toThrow(RangeError);
    expect(() => dayText(dayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => dayText(Number.NaN)).toThrow(RangeError);
    expect(() => dayText(0.5)).toThrow(RangeError);
  });

  it('add months as Date does, ending on the month’s last day when it has no such day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -40, max: 40 }), (days, months) => {
        const date = new Date(days * 86_400_000);
        const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + months];
        const lastDate = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        expect(addMonths(days, months)).toBe(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDate)) / 86_400_000);
      }),
    );
  });
});

describe('calendar days', () => {
  const plusDays = (day: string, days: number) => dayText(dayNumber(day) + days);
  const plusMonths = (day: string, months: number) => dayText(addMonths(dayNumber(day), months));

  it('counts days as numbers, across months and years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(plusDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(plusDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-27')).toBe(2);
  });

  it('adds calendar months, ending on the month’s last day when it has no such day', () => {
    expect(plusMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(plusMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(plusMonths('2026-12-31', 3)).toBe('2027-03-31');
    expect(plusMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  it('places a moment on the day Shanghai sees, not the day UTC or the machine sees', () => {
    // 23:30 and 00:30 in Shanghai fall on two days, though both are the same day in UTC.
    expect(calendarDay(new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-01');
    expect(calendarDay(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(calendarDay('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
    expect(calendarDay(Date.parse('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
  });

  // Whatever the zone (summer time included: New York's, Lord Howe's half hour) and whatever order the moments come
  // in, the day is the one Intl's wall clock shows (zone-clock.test.ts checks the days' starts too).
  it.each(['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'])(
    'answers as Intl does in %s',
    (zone) => {
      const intl = formatFor('sv-SE', zone, { year: 'numeric', month: '2-digit', day: '2-digit' });
      const moments = fc.integer({ min: Date.parse('2019-01-01T00:00:00Z'), max: Date.parse('2031-01-01T00:00:00Z') });
      fc.assert(
        fc.property(fc.array(moments, { minLength: 1, maxLength: 20 }), (times) => {
          for (const time of times) {
            expect(calendarDay(time, zone)).toBe(intl.format(time));
            expect(dayText(dayNumberOf(new Date(time), zone))).toBe(intl.format(time));
          }
        }),
        { numRuns: 200 },
      );
    },
  );
});
