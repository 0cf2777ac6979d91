// Which day a moment falls on, and when a day starts, in zones with summer time, clocks skipping or repeating
// midnight, and offsets of odd minutes: every answer checked against Intl's own reading of the wall clock.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumber, dayNumberOf, startOfDayNumber } from './calendar-days';
import { calendarDay, instantOfZonedTime, monthStartInstants, startOfCalendarDay, zonedTimeOf } from './zoned-time';

// The wall clock at an instant straight from Intl, to check the cached offsets against.
const wallClock = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (instant: Date | number) => format.format(instant);
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('Asia/Shanghai, the default', () => {
  it('is eight hours ahead of UTC', () => {
    expect(startOfCalendarDay('2026-02-24').toISOString()).toBe('2026-02-23T16:00:00.000Z');
    expect(calendarDay(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(calendarDay(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(calendarDay(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('knows the summer time China kept until 1991', () => {
    // 1990: UTC+9 from 15 April to 16 September.
    expect(startOfCalendarDay('1990-07-01').toISOString()).toBe('1990-06-30T15:00:00.000Z');
    expect(startOfCalendarDay('1990-12-01').toISOString()).toBe('1990-11-30T16:00:00.000Z');
    expect(calendarDay(new Date('1990-06-30T15:30:00Z'))).toBe('1990-07-01');
  });
});

describe('Europe/Berlin, with summer time', () => {
  const berlin = 'Europe/Berlin';
  const local = wallClock(berlin);

  it('starts days at local midnight on both sides of each change', () => {
    // 2026: clocks go forward at 01:00 UTC on Sun 29 March and back at 01:00 UTC on Sun 25 October.
    const starts = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26'].map((day) =>
      startOfCalendarDay(day, berlin).toISOString(),
    );
    expect(starts).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z', // a 23-hour day
      '2026-03-29T22:00:00.000Z',
      '2026-10-23T22:00:00.000Z',
      '2026-10-24T22:00:00.000Z', // a 25-hour day
      '2026-10-25T23:00:00.000Z',
    ]);
  });

  it('reads the day correctly on either side of a change and of midnight', () => {
    const days = [
      '2026-03-28T22:59:59.999Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T00:59:59.999Z', // 01:59:59.999 winter time
      '2026-03-29T01:00:00.000Z', // 03:00 summer time
      '2026-03-29T21:59:59.999Z',
      '2026-03-29T22:00:00.000Z',
      '2026-10-24T21:59:59.999Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T00:59:59.999Z', // 02:59:59.999 summer time
      '2026-10-25T01:00:00.000Z', // 02:00 again, winter time
      '2026-10-25T22:59:59.999Z',
      '2026-10-25T23:00:00.000Z',
    ].map((instant) => calendarDay(new Date(instant), berlin));
    expect(days).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-29',
      '2026-03-29',
      '2026-03-29',
      '2026-03-30',
      '2026-10-24',
      '2026-10-25',
      '2026-10-25',
      '2026-10-25',
      '2026-10-25',
      '2026-10-26',
    ]);
  });

  it('agrees with Intl at every midnight of a decade', () => {
    // Also walks far more UTC days than a short test would, through the offset cache as it fills.
    const mismatches: string[] = [];
    for (let ms = Date.parse('2020-01-01T00:00:00Z'); ms < Date.parse('2030-01-01T00:00:00Z'); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      const start = startOfCalendarDay(day, berlin);
      const justBefore = new Date(start.getTime() - 1);
      if (
        local(start) !== `${day} 00:00:00` ||
        calendarDay(start, berlin) !== day ||
        calendarDay(justBefore, berlin) >= day
      ) {
        mismatches.push(day);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('names the instant of a wall-clock time on the days the clocks change', () => {
    expect(instantOfZonedTime('2026-03-29T01:30', berlin).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // 02:30 never happens that night: read under winter time, it is 03:30 summer time.
    expect(instantOfZonedTime('2026-03-29T02:30', berlin).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfZonedTime('2026-03-29T10:00', berlin).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 02:30 happens twice in October: the first.
    expect(instantOfZonedTime('2026-10-25T02:30', berlin).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOfZonedTime('2026-10-25T10:00', berlin).toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(zonedTimeOf(instantOfZonedTime('2026-10-25T10:00', berlin), berlin)).toBe('2026-10-25T10:00');
  });
});

describe('zones where a clock change skips or repeats midnight', () => {
  it('starts the day when the clocks jump, if midnight never happens', () => {
    // São Paulo, 4 November 2018: 00:00 (UTC−3) jumped to 01:00 (UTC−2).
    const saoPaulo = 'America/Sao_Paulo';
    const start = startOfCalendarDay('2018-11-04', saoPaulo);
    expect(start.toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(wallClock(saoPaulo)(start)).toBe('2018-11-04 01:00:00');
    expect(calendarDay(new Date(start.getTime() - 1), saoPaulo)).toBe('2018-11-03');
    expect(calendarDay(new Date('2018-11-04T02:30:00Z'), saoPaulo)).toBe('2018-11-03'); // 23:30 on the 3rd
    expect(startOfCalendarDay('2018-11-05', saoPaulo).toISOString()).toBe('2018-11-05T02:00:00.000Z');
    // 17 February 2019: at 00:00 (UTC−2) clocks went back to 23:00 on the 16th, so the 17th began an hour later.
    expect(startOfCalendarDay('2019-02-16', saoPaulo).toISOString()).toBe('2019-02-16T02:00:00.000Z');
    expect(startOfCalendarDay('2019-02-17', saoPaulo).toISOString()).toBe('2019-02-17T03:00:00.000Z');
    expect(calendarDay(new Date('2019-02-17T02:30:00Z'), saoPaulo)).toBe('2019-02-16');
  });

  it('starts the day at its first midnight where midnight happens twice', () => {
    // Havana, 1 November 2026: at 01:00 (UTC−4) clocks go back to 00:00 (UTC−5).
    const havana = 'America/Havana';
    expect(startOfCalendarDay('2026-11-01', havana).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(calendarDay(new Date('2026-11-01T05:30:00Z'), havana)).toBe('2026-11-01'); // 00:30, the second time
    expect(startOfCalendarDay('2026-11-02', havana).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});

// Every moment's day, and every day's start, must be what Intl's wall clock says, in zones with summer time (New
// York's, Lord Howe's half hour, São Paulo's over midnight, Havana's back to midnight), offsets of odd minutes
// (Kathmandu's +5:45, Chatham's +12:45/+13:45), a zone that skipped a whole day (Apia, 2011-12-30) and none.
const zones = [
  'Asia/Shanghai',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
  'America/Havana',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
  'UTC',
];

describe.each(zones)('%s', (zone) => {
  const local = wallClock(zone);

  it('places any moment on the day Intl sees, in whatever order moments come', () => {
    const moments = fc.integer({ min: Date.parse('2008-01-01T00:00:00Z'), max: Date.parse('2031-01-01T00:00:00Z') });
    fc.assert(
      fc.property(fc.array(moments, { minLength: 1, maxLength: 20 }), (times) => {
        for (const time of times) expect(calendarDay(time, zone)).toBe(local(time).slice(0, 10));
      }),
      { numRuns: 200 },
    );
  });

  it('starts every day of 2008-2030 at the first moment Intl shows it', () => {
    const mismatches: string[] = [];
    for (let day = dayNumber('2008-01-01'); day <= dayNumber('2030-12-31'); day++) {
      const start = startOfDayNumber(day, zone);
      const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      // Apia had no 30 December 2011: the "start" of a day that never was is the next day's.
      if (local(start).slice(0, 10) !== text && !(zone === 'Pacific/Apia' && text === '2011-12-30')) {
        mismatches.push(`${text} starts ${iso(start)}`);
      }
      if (local(start - 1).slice(0, 10) >= text) mismatches.push(`${text}: ${iso(start - 1)} is already that day`);
      if (dayNumberOf(start, zone) < day) mismatches.push(`${text}: its start is on an earlier day`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('asking Intl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks once or twice per UTC day first seen, then never again', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const zone = 'Asia/Tokyo';
    const from = Date.parse('2040-01-01T00:00:00Z');
    for (let ms = from; ms < from + 30 * 86_400_000; ms += 3_600_000) dayNumberOf(ms, zone);
    // 30 consecutive UTC days share their ends: 31 readings.
    expect(spy.mock.calls.length).toBe(31);
    for (let ms = from; ms < from + 30 * 86_400_000; ms += 60_000) dayNumberOf(ms, zone);
    for (let day = dayNumber('2040-01-02'); day < dayNumber('2040-01-30'); day++) startOfDayNumber(day, zone);
    expect(spy.mock.calls.length).toBe(31);
  });

  it('refuses a zone it does not know, and an invalid moment', () => {
    expect(() => dayNumberOf(0, 'Asia/Beijing')).toThrow(new RangeError('Unknown time zone: "Asia/Beijing"'));
    expect(() => startOfCalendarDay('2026-01-01', 'Mars/Olympus')).toThrow('Unknown time zone: "Mars/Olympus"');
    expect(() => calendarDay(new Date(Number.NaN))).toThrow(new RangeError('Invalid Date'));
    expect(() => dayNumberOf('yesterday')).toThrow(RangeError);
  });
});

describe('monthStartInstants', () => {
  it('bounds consecutive months at midnight on each first in the zone, one bound more than the months', () => {
    expect(monthStartInstants(['2025-12', '2026-01', '2026-02']).map((d) => d.toISOString())).toEqual([
      '2025-11-30T16:00:00.000Z',
      '2025-12-31T16:00:00.000Z',
      '2026-01-31T16:00:00.000Z',
      '2026-02-28T16:00:00.000Z',
    ]);
    expect(monthStartInstants(['2026-03'], 'UTC').map((d) => d.toISOString())).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
    expect(monthStartInstants([])).toEqual([]);
  });
});
