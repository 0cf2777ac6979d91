// Calendar days and wall-clock times in the organisation's zone. Apart from dates.ts (formatting, which every list
// reads) so a bundle takes these only where a page works with days and times (the freshness board, a form's
// date-time fields), not on the first visit. Days are found by the zone's clock (calendar-days.ts, zone-clock.ts),
// the one way in the system, summer time and clocks skipping midnight included.
import { addMonths, dayNumber, dayNumberOf, dayText, type Instant, startOfDayNumber } from './calendar-days';
import { defaultTimeZone, formatFor, wallClock } from './dates';
import { zoneClock } from './zone-clock';

/**
 * A calendar day (`YYYY-MM-DD`) as the organisation's zone sees the moment: what "today" is in Shanghai,
 * whatever the server's or the browser's own zone. Date-only values (a founding date) are stored this way.
 */
export function calendarDay(value: Instant, timeZone = defaultTimeZone): string {
  return dayText(dayNumberOf(value, timeZone));
}

/** A calendar day (`YYYY-MM-DD`) in the reader's language (2001年7月1日, Jul 1, 2001); empty for null. */
export function formatCalendarDay(day: string | null | undefined, locale: string) {
  if (!day) return '';
  // Noon UTC of that day, shown in UTC: the same day in every zone, never shifted by one.
  return formatFor(locale, 'UTC', { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * The first moment of a calendar day (`YYYY-MM-DD`) in the organisation's zone: 2026-11-30 begins at
 * 2026-11-29T16:00:00Z in Shanghai. A range of days runs from the first day's start to the start of the
 * day after the last. Where a clock change skips midnight, the day begins at the jump.
 */
export function startOfCalendarDay(day: string, timeZone = defaultTimeZone): Date {
  return new Date(startOfDayNumber(dayNumber(day), timeZone));
}

/**
 * The instants that bound consecutive months (`YYYY-MM`, oldest first, as `lastTwelveMonths` gives them): midnight on
 * the first of each in the zone, then on the first of the month after the last, one more than the months. A figure
 * counted month by month reads the instants in [bounds[i], bounds[i + 1]).
 */
export function monthStartInstants(months: readonly string[], timeZone = defaultTimeZone): Date[] {
  const first = months[0];
  if (first === undefined) return [];
  const start = dayNumber(`${first}-01`);
  return Array.from({ length: months.length + 1 }, (_, i) => new Date(startOfDayNumber(addMonths(start, i), timeZone)));
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextCalendarDay(day: string): string {
  return dayText(dayNumber(day) + 1);
}

/**
 * A wall-clock time in the organisation's zone (`YYYY-MM-DDTHH:mm`, what the browser's datetime-local field holds)
 * as the instant it names: `2027-01-10T08:00` in Shanghai is 2027-01-10T00:00:00Z.
 */
export function instantOfZonedTime(value: string, timeZone = defaultTimeZone): Date {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a wall-clock time: ${value}`);
  const [, day, hour, minute] = match as unknown as [string, string, string, string];
  const wall = dayNumber(day) * 86_400_000 + (Number(hour) * 60 + Number(minute)) * 60_000;
  return new Date(zoneClock(timeZone).momentOf(wall));
}

/** The instant as the organisation zone's wall clock, `YYYY-MM-DDTHH:mm`, for a datetime-local field. */
export function zonedTimeOf(value: Date | string, timeZone = defaultTimeZone): string {
  const { year, month, day, hour, minute } = wallClock(new Date(value), timeZone);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}
