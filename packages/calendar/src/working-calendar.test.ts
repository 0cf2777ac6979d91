import { isCalendarDay } from '@strata/i18n/days';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DayOverride, isIsoDate, official2026, WorkingCalendar } from './index';

const calendar = new WorkingCalendar(official2026);
const at = (iso: string) => new Date(iso);
const deadlineAsText = (received: string, days: number, on = calendar) => {
  const { dueDate, dueAt, dueSoonAt } = on.deadline(at(received), days);
  return { dueDate, dueAt: dueAt.toISOString(), dueSoonAt: dueSoonAt.toISOString() };
};

// The naive model the arithmetic must agree with, built on Date's UTC calendar and a day-by-day walk.
const DAY = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
function naiveWorking(overrides: readonly DayOverride[]) {
  const kinds = new Map(overrides.map((day) => [day.date, day.kind]));
  return (date: string) => {
    const kind = kinds.get(date);
    const weekday = new Date(msOf(date)).getUTCDay();
    return kind === undefined ? weekday !== 0 && weekday !== 6 : kind === 'workday';
  };
}
function naiveAdd(isWorking: (date: string) => boolean, date: string, n: number): string {
  let ms = msOf(date);
  for (let left = n; left > 0; ) {
    ms += DAY;
    if (isWorking(isoOf(ms))) left--;
  }
  return isoOf(ms);
}

// Random schedules: holidays anywhere, make-up days on weekends only, one entry per date, 2024–2029.
const firstDay = msOf('2024-01-01') / DAY;
const lastDay = msOf('2029-12-31') / DAY;
const randomDate = fc.integer({ min: firstDay, max: lastDay }).map((day) => isoOf(day * DAY));
const randomOverrides = fc
  .uniqueArray(
    fc.record({
      date: randomDate,
      kind: fc.constantFrom('holiday' as const, 'workday' as const),
      name: fc.constant('x'),
    }),
    { selector: (day) => day.date, maxLength: 150 },
  )
  .map((days) => days.filter((day) => day.kind === 'holiday' || [0, 6].includes(new Date(msOf(day.date)).getUTCDay())));

describe('deadline', () => {
  it('runs over the Spring Festival, counting the Saturday worked before it', () => {
    // Fri 13 Feb 10:00 in Shanghai. Day 1: Sat 14 (worked); 15–23 holiday; day 2: Tue 24; day 3: Wed 25.
    expect(deadlineAsText('2026-02-13T02:00:00Z', 3)).toEqual({
      dueDate: '2026-02-25',
      dueAt: '2026-02-25T16:00:00.000Z',
      dueSoonAt: '2026-02-23T16:00:00.000Z', // the start of Tue 24 in Shanghai
    });
  });

  it('runs over National Day, counting the Saturday worked after it', () => {
    // Wed 30 Sep 15:00. 1–7 Oct holiday; day 1: Thu 8; day 2: Fri 9; day 3: Sat 10 (worked).
    expect(deadlineAsText('2026-09-30T07:00:00Z', 3)).toEqual({
      dueDate: '2026-10-10',
      dueAt: '2026-10-10T16:00:00.000Z',
      dueSoonAt: '2026-10-08T16:00:00.000Z',
    });
    // Fri 18 Sep 18:00, one day: the next working day is Sunday 20 Sep (worked). The working day before that is
    // Fri 18 itself, whose start is before receipt, so dueSoonAt is receipt.
    expect(deadlineAsText('2026-09-18T10:00:00Z', 1)).toEqual({
      dueDate: '2026-09-20',
      dueAt: '2026-09-20T16:00:00.000Z',
      dueSoonAt: '2026-09-18T10:00:00.000Z',
    });
  });

  it('counts a letter received on a Sunday evening from Monday', () => {
    // Sun 8 Mar 21:00 in Shanghai (13:00 UTC).
    expect(deadlineAsText('2026-03-08T13:00:00Z', 2)).toEqual({
      dueDate: '2026-03-10',
      dueAt: '2026-03-10T16:00:00.000Z',
      dueSoonAt: '2026-03-08T16:00:00.000Z',
    });
    // 15 working days, the mailbox's usual limit: Mar 9–13, 16–20, 23–27.
    expect(calendar.deadline(at('2026-03-08T13:00:00Z'), 15).dueDate).toBe('2026-03-27');
  });

  it('counts a letter received on a holiday from the first working day after it', () => {
    // Sat 2 May 11:00, inside the Labour Day break (1–5 May): day 1 is Wed 6 May.
    expect(deadlineAsText('2026-05-02T03:00:00Z', 1)).toEqual({
      dueDate: '2026-05-06',
      dueAt: '2026-05-06T16:00:00.000Z',
      dueSoonAt: '2026-05-02T03:00:00.000Z', // the working day before (Thu 30 Apr) started before receipt
    });
    // 5 days: Wed 6, Thu 7, Fri 8, Sat 9 (worked), Mon 11.
    expect(calendar.deadline(at('2026-05-02T03:00:00Z'), 5).dueDate).toBe('2026-05-11');
    // Received on New Year's Day just after midnight in Shanghai, still 31 Dec in UTC: day 1 is Sun 4 Jan (worked).
    expect(calendar.deadline(at('2025-12-31T16:30:00Z'), 1).dueDate).toBe('2026-01-04');
  });

  it('puts the last millisecond of a day and the first of the next on different days', () => {
    // Thu 5 Mar 23:59:59.999 in Shanghai: counting starts Fri 6.
    expect(deadlineAsText('2026-03-05T15:59:59.999Z', 1)).toEqual({
      dueDate: '2026-03-06',
      dueAt: '2026-03-06T16:00:00.000Z',
      dueSoonAt: '2026-03-05T15:59:59.999Z',
    });
    // Fri 6 Mar 00:00: counting starts Mon 9.
    expect(deadlineAsText('2026-03-05T16:00:00.000Z', 1)).toEqual({
      dueDate: '2026-03-09',
      dueAt: '2026-03-09T16:00:00.000Z',
      dueSoonAt: '2026-03-05T16:00:00.000Z',
    });
  });

  it('is consistent with workingDaysBetween and ordered, for any receipt and length', () => {
    fc.assert(
      fc.property(
        randomOverrides,
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 300 }),
        (overrides, received, n) => {
          const random = new WorkingCalendar(overrides);
          for (const on of [calendar, random]) {
            const { dueDate, dueAt, dueSoonAt } = on.deadline(received, n);
            expect(on.isWorkingDay(dueDate)).toBe(true);
            expect(on.workingDaysBetween(received, on.startOfDay(dueDate))).toBe(n);
            expect(on.workingDaysBetween(received, new Date(dueAt.getTime() - 1))).toBe(n);
            expect(dueAt.getTime()).toBeGreaterThan(received.getTime());
            expect(dueSoonAt.getTime()).toBeLessThan(dueAt.getTime());
            expect(dueSoonAt.getTime()).toBeGreaterThanOrEqual(received.getTime());
            expect(on.localDate(dueAt)).toBe(isoOf(msOf(dueDate) + DAY));
            expect(on.localDate(new Date(dueAt.getTime() - 1))).toBe(dueDate);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('addWorkingDays, nextWorkingDay, previousWorkingDay', () => {
  it('step over weekends, holidays and make-up days', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01'); // 2027 not entered: plain weekdays
    expect(calendar.addWorkingDays('2025-12-31', 248)).toBe('2026-12-31');
    expect(calendar.addWorkingDays('2025-12-31', 249)).toBe('2027-01-01');
    expect(calendar.nextWorkingDay('2026-09-30')).toBe('2026-10-08');
    expect(calendar.nextWorkingDay('2026-09-18')).toBe('2026-09-20');
    expect(calendar.previousWorkingDay('2026-02-24')).toBe('2026-02-14');
    expect(calendar.previousWorkingDay('2026-10-08')).toBe('2026-09-30');
    expect(calendar.previousWorkingDay('2026-10-12')).toBe('2026-10-10');
    expect(calendar.previousWorkingDay('2026-01-05')).toBe('2026-01-04');
    expect(calendar.previousWorkingDay('2026-01-04')).toBe('2025-12-31');
  });

  it('agree with a day-by-day walk, and grow with n', () => {
    fc.assert(
      fc.property(randomOverrides, randomDate, fc.integer({ min: 1, max: 400 }), (overrides, date, n) => {
        const random = new WorkingCalendar(overrides);
        const isWorking = naiveWorking(overrides);
        const due = random.addWorkingDays(date, n);
        expect(due).toBe(naiveAdd(isWorking, date, n));
        expect(random.addWorkingDays(date, n + 1) > due).toBe(true);
        expect(random.nextWorkingDay(date)).toBe(naiveAdd(isWorking, date, 1));
        let before = msOf(date) - DAY;
        while (!isWorking(isoOf(before))) before -= DAY;
        expect(random.previousWorkingDay(date)).toBe(isoOf(before));
        expect(random.previousWorkingDay(random.nextWorkingDay(date)) <= date).toBe(true);
      }),
    );
  });

  it('handles long runs of holidays', () => {
    // A made-up 40-day closure, weekends included, then one Saturday worked.
    const closure: DayOverride[] = [];
    for (let ms = msOf('2026-07-01'); ms <= msOf('2026-08-09'); ms += DAY) {
      closure.push({ date: isoOf(ms), kind: 'holiday', name: 'closure' });
    }
    closure.push({ date: '2026-08-15', kind: 'workday', name: 'make-up' });
    const closed = new WorkingCalendar(closure);
    expect(closed.nextWorkingDay('2026-06-30')).toBe('2026-08-10');
    expect(closed.previousWorkingDay('2026-08-10')).toBe('2026-06-30');
    expect(closed.addWorkingDays('2026-06-30', 6)).toBe('2026-08-15');
    expect(closed.addWorkingDays('2026-06-30', 7)).toBe('2026-08-17');
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after the first, up to and including the last', () => {
    const shanghai = (local: string) => new Date(`${local}+08:00`);
    expect(calendar.workingDaysBetween(shanghai('2026-03-09T09:00'), shanghai('2026-03-09T18:00'))).toBe(0);
    expect(calendar.workingDaysBetween(shanghai('2026-03-09T18:00'), shanghai('2026-03-10T09:00'))).toBe(1);
    expect(calendar.workingDaysBetween(shanghai('2026-03-10T09:00'), shanghai('2026-03-09T09:00'))).toBe(0);
    expect(calendar.workingDaysBetween(shanghai('2026-02-13T10:00'), shanghai('2026-02-25T10:00'))).toBe(3);
    expect(calendar.workingDaysBetween(shanghai('2026-09-30T23:59:59.999'), shanghai('2026-10-10T00:00'))).toBe(3);
    // A reply sent on a holiday counts up to the last working day before it.
    expect(calendar.workingDaysBetween(shanghai('2026-09-29T10:00'), shanghai('2026-10-03T10:00'))).toBe(1);
  });

  it('spans a century without walking it', () => {
    // 2000-01-01 (Sat) to 2100-01-01: 36,525 days = 5,217 weeks (26,085 weekdays) + 6 days Sun–Fri (5 weekdays).
    const plain = new WorkingCalendar([]);
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(plain.workingDaysBetween(at('2000-01-01T12:00:00+08:00'), at('2100-01-01T12:00:00+08:00'))).toBe(26_090);
    // With the 2026 schedule: the 2026 corrections are -19 + 6.
    expect(calendar.workingDaysBetween(at('2000-01-01T12:00:00+08:00'), at('2100-01-01T12:00:00+08:00'))).toBe(26_077);
    // Two instants, each on a UTC day seen at most once per zone: a handful of Intl calls, not one per day.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(8);
    // 2100-01-01 is a Friday, so it is the 26,077th working day; the next is Monday 4 January.
    expect(calendar.addWorkingDays('2000-01-01', 26_076)).toBe('2099-12-31');
    expect(calendar.addWorkingDays('2000-01-01', 26_077)).toBe('2100-01-01');
    expect(calendar.addWorkingDays('2000-01-01', 26_078)).toBe('2100-01-04');
    expect(spy.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('agrees with a day-by-day count over spans of up to three years', () => {
    fc.assert(
      fc.property(
        randomOverrides,
        randomDate,
        fc.integer({ min: -10, max: 3 * 366 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        (overrides, fromDate, span, fromTime, toTime) => {
          const random = new WorkingCalendar(overrides);
          const isWorking = naiveWorking(overrides);
          let expected = 0;
          for (let k = 1; k <= span; k++) if (isWorking(isoOf(msOf(fromDate) + k * DAY))) expected++;
          // Instants anywhere within the two Shanghai days (UTC+8 all year).
          const from = new Date(msOf(fromDate) - 8 * 3_600_000 + fromTime);
          const to = new Date(msOf(fromDate) + span * DAY - 8 * 3_600_000 + toTime);
          expect(random.localDate(to)).toBe(isoOf(msOf(fromDate) + span * DAY));
          expect(random.workingDaysBetween(from, to)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Which day a moment falls on and when a day starts are @strata/i18n's (zone-clock.test.ts tests them in zones with
// summer time and clocks skipping midnight); here, that the calendar counts in its zone with them.
describe('time zones', () => {
  it('counts in Shanghai unless told otherwise', () => {
    const plain = new WorkingCalendar([]);
    expect(plain.timeZone).toBe('Asia/Shanghai');
    expect(plain.startOfDay('2026-02-24').toISOString()).toBe('2026-02-23T16:00:00.000Z');
    expect(plain.localDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(plain.localDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
  });

  it('gives deadlines that run over a change of clocks the right length', () => {
    const berlin = new WorkingCalendar([], { timeZone: 'Europe/Berlin' });
    // Fri 27 March 12:00 in Berlin, one working day: Monday 30 March, overdue at its end (summer time).
    const { dueDate, dueAt, dueSoonAt } = berlin.deadline(new Date('2026-03-27T11:00:00Z'), 1);
    expect([dueDate, dueAt.toISOString(), dueSoonAt.toISOString()]).toEqual([
      '2026-03-30',
      '2026-03-30T22:00:00.000Z',
      '2026-03-27T11:00:00.000Z',
    ]);
  });

  it('starts a day whose midnight never happened when the clocks jumped', () => {
    // São Paulo, 4 November 2018 (a Sunday): 00:00 (UTC−3) jumped to 01:00 (UTC−2). Received Sat 3rd at 23:30
    // local, so counted from Monday 5th; due Monday, overdue from Tuesday's midnight (UTC−2).
    const saoPaulo = new WorkingCalendar([], { timeZone: 'America/Sao_Paulo' });
    expect(saoPaulo.startOfDay('2018-11-04').toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(saoPaulo.localDate(new Date('2018-11-04T02:30:00Z'))).toBe('2018-11-03');
    expect(deadlineAsText('2018-11-04T02:30:00Z', 1, saoPaulo)).toEqual({
      dueDate: '2018-11-05',
      dueAt: '2018-11-06T02:00:00.000Z',
      dueSoonAt: '2018-11-04T02:30:00.000Z',
    });
  });

  it('reads dates as @strata/i18n does', () => {
    expect(isIsoDate).toBe(isCalendarDay);
  });
});

describe('errors', () => {
  it('refuses two overrides for one date', () => {
    const twice: DayOverride[] = [...official2026, { date: '2026-10-01', kind: 'workday', name: '重复' }];
    expect(() => new WorkingCalendar(twice)).toThrow('Two overrides for 2026-10-01; a day can have only one');
  });

  it('refuses overrides that are not real dates, or make no sense', () => {
    expect(() => new WorkingCalendar([{ date: '2026-02-29', kind: 'holiday', name: 'x' }])).toThrow(
      'Not a calendar date (expected YYYY-MM-DD): "2026-02-29"',
    );
    expect(() => new WorkingCalendar([{ date: '2026/10/01', kind: 'holiday', name: 'x' }])).toThrow(
      'Not a calendar date',
    );
    expect(() => new WorkingCalendar([{ date: '2026-10-12', kind: 'workday', name: '国庆节调休上班' }])).toThrow(
      'Make-up working day 2026-10-12 (国庆节调休上班) is not a Saturday or Sunday',
    );
    const unknownKind = { date: '2026-10-01', kind: 'rest', name: 'x' } as unknown as DayOverride;
    expect(() => new WorkingCalendar([unknownKind])).toThrow('Override for 2026-10-01 has unknown kind "rest"');
  });

  it('refuses bad dates, bad counts, bad instants and unknown zones in use', () => {
    expect(() => calendar.kindOf('2026-13-01')).toThrow('Not a calendar date');
    expect(() => calendar.isWorkingDay('')).toThrow('Not a calendar date');
    expect(() => calendar.startOfDay('2026-2-1')).toThrow('Not a calendar date');
    expect(() => calendar.previousWorkingDay('tomorrow')).toThrow('Not a calendar date');
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => calendar.addWorkingDays('2026-03-02', n)).toThrow('Working days to add must be a whole number >= 1');
      expect(() => calendar.deadline(at('2026-03-02T02:00:00Z'), n)).toThrow('must be a whole number >= 1');
    }
    expect(() => calendar.localDate(new Date(Number.NaN))).toThrow('Invalid Date');
    expect(() => calendar.workingDaysBetween(new Date(Number.NaN), at('2026-03-02T02:00:00Z'))).toThrow('Invalid Date');
    expect(() => new WorkingCalendar([], { timeZone: 'Asia/Beijing' })).toThrow('Unknown time zone: "Asia/Beijing"');
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
