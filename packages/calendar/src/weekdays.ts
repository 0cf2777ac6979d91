// Weekdays of day numbers (days since 1970-01-01 on the calendar, @strata/i18n's DayNumber), as arithmetic: what the
// working-day calendar adds to the day numbers it shares with the rest of the system.

import type { DayNumber } from '@strata/i18n/days';

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/**
 * How many Mondays-to-Fridays fall on or before `day`, counted from an arbitrary Monday (1970-01-05, day 4).
 * Only differences matter: weekdaysThrough(b) - weekdaysThrough(a) is the number of weekdays in (a, b], in
 * constant time however far apart a and b are.
 */
export function weekdaysThrough(day: DayNumber): number {
  const sinceMonday = day - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const dayOfWeek = sinceMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(dayOfWeek + 1, 5);
}
