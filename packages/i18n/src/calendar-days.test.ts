import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, calendarDayOf, dayNumber, dayText } from './calendar-days';
import { calendarDay } from './zoned-time';

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
    expect(calendarDayOf(new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-01');
    expect(calendarDayOf(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(calendarDayOf('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
    expect(calendarDayOf(Date.parse('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
  });

  // The memo of day starts must answer exactly what calendarDay (the one zone helper) answers, in any zone,
  // summer time included (New York's, Lord Howe's half hour), and in whatever order the moments come.
  it.each(['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'])(
    'answers as calendarDay does in %s',
    (zone) => {
      const moments = fc.integer({ min: Date.parse('2019-01-01T00:00:00Z'), max: Date.parse('2031-01-01T00:00:00Z') });
      fc.assert(
        fc.property(fc.array(moments, { minLength: 1, maxLength: 20 }), (times) => {
          for (const time of times) expect(calendarDayOf(time, zone)).toBe(calendarDay(new Date(time), zone));
        }),
        { numRuns: 200 },
      );
    },
  );
});
