// Calendar days and wall-clock times in the organisation's zone. Apart from dates.ts (formatting, which every list
// reads) so a bundle takes these only where a page works with days and times (the freshness board, a form's
// date-time fields), not on the first visit.
import { defaultTimeZone, formatFor, wallClock } from './dates';

/**
 * A calendar day (`YYYY-MM-DD`) as the organisation's zone sees the moment: what "today" is in Shanghai,
 * whatever the server's or the browser's own zone. Date-only values (a founding date) are stored this way.
 */
export function calendarDay(value: Date, timeZone = defaultTimeZone): string {
  const { year, month, day } = wallClock(value, timeZone);
  return `${year}-${month}-${day}`;
}

/** A calendar day (`YYYY-MM-DD`) in the reader's language (2001年7月1日, Jul 1, 2001); empty for null. */
export function formatCalendarDay(day: string | null | undefined, locale: string) {
  if (!day) return '';
  // Noon UTC of that day, shown in UTC: the same day in every zone, never shifted by one.
  return formatFor(locale, 'UTC', { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00Z`));
}

/** How far the zone's wall clock is ahead of UTC at a moment, in milliseconds. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const p = wallClock(at, timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The first moment of a calendar day (`YYYY-MM-DD`) in the organisation's zone: 2026-11-30 begins at
 * 2026-11-29T16:00:00Z in Shanghai. A range of days runs from the first day's start to the start of the
 * day after the last.
 */
export function startOfCalendarDay(day: string, timeZone = defaultTimeZone): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(midnightUtc)) throw new RangeError(`not a calendar day: ${day}`);
  const guess = midnightUtc - zoneOffsetMs(new Date(midnightUtc), timeZone);
  // Where the offset changes in between (summer time), the second reading is the one in force that day.
  return new Date(midnightUtc - zoneOffsetMs(new Date(guess), timeZone));
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextCalendarDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A wall-clock time in the organisation's zone (`YYYY-MM-DDTHH:mm`, what the browser's datetime-local field holds)
 * as the instant it names: `2027-01-10T08:00` in Shanghai is 2027-01-10T00:00:00Z.
 */
export function instantOfZonedTime(value: string, timeZone = defaultTimeZone): Date {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a wall-clock time: ${value}`);
  const [, day, hour, minute] = match as unknown as [string, string, string, string];
  return new Date(startOfCalendarDay(day, timeZone).getTime() + (Number(hour) * 60 + Number(minute)) * 60_000);
}

/** The instant as the organisation zone's wall clock, `YYYY-MM-DDTHH:mm`, for a datetime-local field. */
export function zonedTimeOf(value: Date | string, timeZone = defaultTimeZone): string {
  const { year, month, day, hour, minute } = wallClock(new Date(value), timeZone);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}
