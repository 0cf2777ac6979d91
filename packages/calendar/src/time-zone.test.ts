import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './index';

// Wall-clock reading of an instant straight from Intl, to check the cached offsets against.
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
  return (instant: Date) => format.format(instant);
};

describe('Asia/Shanghai, the default', () => {
  const calendar = new WorkingCalendar([]);

  it('is the default zone, eight hours ahead of UTC', () => {
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    expect(calendar.startOfDay('2026-02-24').toISOString()).toBe('2026-02-23T16:00:00.000Z');
    expect(calendar.localDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(calendar.localDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(calendar.localDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('knows the summer time China kept until 1991', () => {
    // 1990: UTC+9 from 15 April to 16 September.
    expect(calendar.startOfDay('1990-07-01').toISOString()).toBe('1990-06-30T15:00:00.000Z');
    expect(calendar.startOfDay('1990-12-01').toISOString()).toBe('1990-11-30T16:00:00.000Z');
  });
});

describe('Europe/Berlin, with summer time', () => {
  const berlin = new WorkingCalendar([], { timeZone: 'Europe/Berlin' });
  const local = wallClock('Europe/Berlin');

  it('starts days at local midnight on both sides of each change', () => {
    // 2026: clocks go forward at 01:00 UTC on Sun 29 March and back at 01:00 UTC on Sun 25 October.
    const starts = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26'].map((date) =>
      berlin.startOfDay(date).toISOString(),
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

  it('reads the local date correctly on either side of a change and of midnight', () => {
    const dates = [
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
    ].map((instant) => berlin.localDate(new Date(instant)));
    expect(dates).toEqual([
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

  it('gives deadlines that run over a change the right length', () => {
    // Fri 27 March 12:00 in Berlin, one working day: Monday 30 March, overdue at its end (summer time).
    const { dueDate, dueAt, dueSoonAt } = berlin.deadline(new Date('2026-03-27T11:00:00Z'), 1);
    expect([dueDate, dueAt.toISOString(), dueSoonAt.toISOString()]).toEqual([
      '2026-03-30',
      '2026-03-30T22:00:00.000Z',
      '2026-03-27T11:00:00.000Z',
    ]);
  });

  it('agrees with Intl at every midnight of a decade', () => {
    // Also walks far more UTC days than a short test would, through the offset cache as it fills.
    const mismatches: string[] = [];
    for (let ms = Date.parse('2020-01-01T00:00:00Z'); ms < Date.parse('2030-01-01T00:00:00Z'); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      const start = berlin.startOfDay(date);
      const justBefore = new Date(start.getTime() - 1);
      if (
        local(start) !== `${date} 00:00:00` ||
        berlin.localDate(start) !== date ||
        berlin.localDate(justBefore) >= date
      ) {
        mismatches.push(date);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('zones where a clock change skips or repeats midnight', () => {
  it('starts the day when the clocks jump, if midnight never happens', () => {
    // São Paulo, 4 November 2018: 00:00 (UTC−3) jumped to 01:00 (UTC−2).
    const saoPaulo = new WorkingCalendar([], { timeZone: 'America/Sao_Paulo' });
    const start = saoPaulo.startOfDay('2018-11-04');
    expect(start.toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(wallClock('America/Sao_Paulo')(start)).toBe('2018-11-04 01:00:00');
    expect(saoPaulo.localDate(new Date(start.getTime() - 1))).toBe('2018-11-03');
    expect(saoPaulo.startOfDay('2018-11-05').toISOString()).toBe('2018-11-05T02:00:00.000Z');
    // 17 February 2019: at 00:00 (UTC−2) clocks went back to 23:00 on the 16th, so the 17th began an hour later.
    expect(saoPaulo.startOfDay('2019-02-16').toISOString()).toBe('2019-02-16T02:00:00.000Z');
    expect(saoPaulo.startOfDay('2019-02-17').toISOString()).toBe('2019-02-17T03:00:00.000Z');
    expect(saoPaulo.localDate(new Date('2019-02-17T02:30:00Z'))).toBe('2019-02-16');
  });
});
