import { describe, expect, it } from 'vitest';
import { official2026, officialSchedules, WorkingCalendar } from './index';

const calendar = new WorkingCalendar(official2026);

/** Every date from `from` to `to` inclusive, 'YYYY-MM-DD', by Date's own UTC calendar (independent of the code). */
function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

describe('the official 2026 schedule', () => {
  it('lists every announced holiday day and make-up working day, and nothing else', () => {
    const holidays = [
      ...datesFrom('2026-01-01', '2026-01-03').map((date) => [date, '元旦']),
      ...datesFrom('2026-02-15', '2026-02-23').map((date) => [date, '春节']),
      ...datesFrom('2026-04-04', '2026-04-06').map((date) => [date, '清明节']),
      ...datesFrom('2026-05-01', '2026-05-05').map((date) => [date, '劳动节']),
      ...datesFrom('2026-06-19', '2026-06-21').map((date) => [date, '端午节']),
      ...datesFrom('2026-09-25', '2026-09-27').map((date) => [date, '中秋节']),
      ...datesFrom('2026-10-01', '2026-10-07').map((date) => [date, '国庆节']),
    ];
    expect(holidays).toHaveLength(33);
    const workdays = [
      ['2026-01-04', '元旦调休上班'],
      ['2026-02-14', '春节调休上班'],
      ['2026-02-28', '春节调休上班'],
      ['2026-05-09', '劳动节调休上班'],
      ['2026-09-20', '国庆节调休上班'],
      ['2026-10-10', '国庆节调休上班'],
    ];
    const listed = (kind: string) =>
      official2026
        .filter((day) => day.kind === kind)
        .map((day) => [day.date, day.name])
        .sort();
    expect(listed('holiday')).toEqual(holidays);
    expect(listed('workday')).toEqual(workdays);
    expect(official2026).toHaveLength(39);
    expect(officialSchedules[2026]).toBe(official2026);
    expect(Object.keys(officialSchedules)).toEqual(['2026']);
  });

  it('classifies the days around each break', () => {
    const kinds = Object.fromEntries(
      datesFrom('2026-02-12', '2026-03-02').map((date) => [date, calendar.kindOf(date)]),
    );
    expect(kinds).toEqual({
      '2026-02-12': 'workday', // Thursday
      '2026-02-13': 'workday',
      '2026-02-14': 'makeUpWorkday', // Saturday worked
      '2026-02-15': 'holiday', // Sunday, first day of the break
      '2026-02-16': 'holiday',
      '2026-02-17': 'holiday',
      '2026-02-18': 'holiday',
      '2026-02-19': 'holiday',
      '2026-02-20': 'holiday',
      '2026-02-21': 'holiday',
      '2026-02-22': 'holiday',
      '2026-02-23': 'holiday', // Monday, last day of the break
      '2026-02-24': 'workday',
      '2026-02-25': 'workday',
      '2026-02-26': 'workday',
      '2026-02-27': 'workday',
      '2026-02-28': 'makeUpWorkday',
      '2026-03-01': 'weekend',
      '2026-03-02': 'workday',
    });
    expect(calendar.kindOf('2026-01-04')).toBe('makeUpWorkday'); // Sunday
    expect(calendar.kindOf('2026-09-20')).toBe('makeUpWorkday'); // Sunday
    expect(calendar.kindOf('2026-10-10')).toBe('makeUpWorkday'); // Saturday
    expect(calendar.kindOf('2026-10-11')).toBe('weekend');
    expect(calendar.kindOf('2026-05-09')).toBe('makeUpWorkday');
    expect(calendar.kindOf('2026-04-06')).toBe('holiday'); // Monday
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
  });

  // Working days per month, by hand. Mondays-to-Fridays first: a month of 28 + k days has 20 plus the weekdays
  // among its last k days, whose weekdays repeat those of the 1st. 1sts of 2026: Jan Thu, Feb Sun, Mar Sun,
  // Apr Wed, May Fri, Jun Mon, Jul Wed, Aug Sat, Sep Tue, Oct Thu, Nov Sun, Dec Tue. Then minus holidays on
  // weekdays, plus make-up days:
  //   Jan 22 (Thu Fri Sat extra) - 2 (1st Thu, 2nd Fri) + 1 (4th Sun)          = 21
  //   Feb 20                     - 6 (16th–20th, 23rd) + 2 (14th, 28th Sat)    = 16
  //   Mar 22 (Sun Mon Tue)                                                     = 22
  //   Apr 22 (Wed Thu)           - 1 (6th Mon)                                 = 21
  //   May 21 (Fri Sat Sun)       - 3 (1st Fri, 4th Mon, 5th Tue) + 1 (9th Sat) = 19
  //   Jun 22 (Mon Tue)           - 1 (19th Fri)                                = 21
  //   Jul 23 (Wed Thu Fri)                                                     = 23
  //   Aug 21 (Sat Sun Mon)                                                     = 21
  //   Sep 22 (Tue Wed)           - 1 (25th Fri) + 1 (20th Sun)                 = 22
  //   Oct 22 (Thu Fri Sat)       - 5 (1st, 2nd, 5th–7th) + 1 (10th Sat)        = 18
  //   Nov 21 (Sun Mon)                                                         = 21
  //   Dec 23 (Tue Wed Thu)                                                     = 23
  // Year: 365 days from a Thursday = 52 weeks + Thursday 31 Dec = 261 weekdays; - 19 holidays on weekdays
  // + 6 make-up days = 248, which is also the sum of the months.
  const perMonth = [21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23];
  const perYear = 248;

  it('has the hand-counted working days in each month and in the year', () => {
    const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);
    // Days d with (last day of the month before) < d <= (last day of the month).
    const lastDays = ['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'];
    lastDays.push('2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31');
    const counted = perMonth.map((_, month) =>
      calendar.workingDaysBetween(shanghaiMidnight(lastDays[month]!), shanghaiMidnight(lastDays[month + 1]!)),
    );
    expect(counted).toEqual(perMonth);
    expect(calendar.workingDaysBetween(shanghaiMidnight('2025-12-31'), shanghaiMidnight('2026-12-31'))).toBe(perYear);
    expect(perMonth.reduce((sum, days) => sum + days, 0)).toBe(perYear);

    // And the same by looking at each day, both through the calendar and straight from the list.
    const listed = new Map(official2026.map((day) => [day.date, day.kind]));
    const listedAsWorking = (date: string) => {
      const kind = listed.get(date);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return kind === undefined ? weekday !== 0 && weekday !== 6 : kind === 'workday';
    };
    const year = datesFrom('2026-01-01', '2026-12-31');
    const inMonth = (month: number) =>
      year.filter((date) => date.startsWith(`2026-${String(month + 1).padStart(2, '0')}`));
    expect(perMonth.map((_, month) => inMonth(month).filter((date) => calendar.isWorkingDay(date)).length)).toEqual(
      perMonth,
    );
    const naive = perMonth.map((_, month) => inMonth(month).filter(listedAsWorking).length);
    expect(naive).toEqual(perMonth);
  });

  it('covers 2026 only', () => {
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coversYear(2025)).toBe(false);
    expect(calendar.coversYear(2027)).toBe(false);
    expect(new WorkingCalendar([]).coversYear(2026)).toBe(false);
  });
});
