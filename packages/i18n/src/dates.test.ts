import { describe, expect, it } from 'vitest';
import { calendarToday, fileStamp, formatDateTime, formatDateTimeSeconds, formatTimeRange } from './dates';
import {
  calendarDay,
  formatCalendarDay,
  instantOfZonedTime,
  nextCalendarDay,
  startOfCalendarDay,
  zonedTimeOf,
} from './zoned-time';

describe('dates in the organisation time zone', () => {
  it('shows 18:02 UTC as 02:02 the next day in Shanghai, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-28T18:02:00Z', 'zh-CN')).toBe('2026/11/29 02:02');
    expect(formatDateTime('2026-11-28T18:02:00Z', 'en-US')).toMatch(/^11\/29\/26, 2:02\sAM$/);
    expect(formatDateTime(null, 'zh-CN')).toBe('');
  });
  it('stamps file names in the same zone', () => {
    expect(fileStamp(new Date('2026-11-28T18:02:00Z'))).toBe('20261129-0202');
    expect(fileStamp(new Date('2026-11-28T18:02:09Z'), undefined, { seconds: true })).toBe('20261129-020209');
  });
});

describe('calendar days (date-only values)', () => {
  it('takes "today" in Shanghai: 17:00 UTC is already the next day there', () => {
    expect(calendarDay(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
    expect(calendarDay(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
  });
  it('shows a day as that day in every language, never shifted by a zone', () => {
    expect(formatCalendarDay('2001-07-01', 'zh-CN')).toBe('2001年7月1日');
    expect(formatCalendarDay('2001-07-01', 'en-US')).toBe('Jul 1, 2001');
    expect(formatCalendarDay(null, 'en-US')).toBe('');
  });
});

describe('moments to the second and the bounds of a day', () => {
  it('shows seconds in both languages', () => {
    expect(formatDateTimeSeconds('2026-11-28T18:02:07Z', 'zh-CN')).toBe('2026/11/29 02:02:07');
    expect(formatDateTimeSeconds('2026-11-28T18:02:07Z', 'en-US')).toMatch(/^11\/29\/26, 2:02:07\sAM$/);
    expect(formatDateTimeSeconds(undefined, 'en-US')).toBe('');
  });
  it('starts a Shanghai day at 16:00 UTC the day before, and a zone with summer time at its own offset', () => {
    expect(startOfCalendarDay('2026-11-30').toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(startOfCalendarDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(startOfCalendarDay('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfCalendarDay('2026-01-15', 'Europe/Berlin').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(() => startOfCalendarDay('not a day')).toThrow(RangeError);
  });
  it('steps to the next day across months and years', () => {
    expect(nextCalendarDay('2026-02-28')).toBe('2026-03-01');
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('wall-clock times in the organisation zone (datetime-local fields)', () => {
  it('name the instant the zone means, and read back the same', () => {
    expect(instantOfZonedTime('2027-01-10T08:00').toISOString()).toBe('2027-01-10T00:00:00.000Z');
    expect(instantOfZonedTime('2027-01-01T00:30').toISOString()).toBe('2026-12-31T16:30:00.000Z');
    expect(zonedTimeOf('2026-12-31T16:30:00.000Z')).toBe('2027-01-01T00:30');
    expect(zonedTimeOf(instantOfZonedTime('2026-11-30T23:59'))).toBe('2026-11-30T23:59');
    expect(instantOfZonedTime('2027-01-10T08:00', 'UTC').toISOString()).toBe('2027-01-10T08:00:00.000Z');
    expect(() => instantOfZonedTime('2027-01-10 08:00')).toThrow(RangeError);
  });
});

describe('formatTimeRange', () => {
  it('gives the end its clock alone on the same day in the zone, else its day too', () => {
    // 01:00-03:30 UTC is 09:00-11:30 in Shanghai: one day there.
    expect(formatTimeRange('2026-12-03T01:00:00Z', '2026-12-03T03:30:00Z', 'zh-CN')).toBe('2026/12/3 09:00 – 11:30');
    // 15:00-17:00 UTC is one UTC day, but crosses midnight in Shanghai (23:00 to 01:00 the next day).
    expect(formatTimeRange('2026-12-03T15:00:00Z', '2026-12-03T17:00:00Z', 'zh-CN')).toBe(
      '2026/12/3 23:00 – 2026/12/4 01:00',
    );
    expect(formatTimeRange('2026-12-03T01:00:00Z', '2026-12-03T03:30:00Z', 'en-US')).toMatch(
      /^12\/3\/26, 9:00\sAM – 11:30\sAM$/,
    );
  });
});

describe('calendarToday', () => {
  it('is the day calendarDay finds, hour by hour over a year, in zones with and without summer time', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 17_000) {
        const now = new Date(t);
        expect(calendarToday(zone, now), `${zone} ${now.toISOString()}`).toBe(calendarDay(now, zone));
      }
    }
  });
  it('is Shanghai’s day by default', () => {
    expect(calendarToday(undefined, new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
    expect(calendarToday(undefined, new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
  });
});
