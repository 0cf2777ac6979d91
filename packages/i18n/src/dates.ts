// The one way to show a moment: always in the organisation's time zone (Asia/Shanghai unless configured),
// never in whatever zone the viewer's machine happens to be set to.
export const defaultTimeZone = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
};

/** A short date and time for an ISO string or Date; empty for null. */
export function formatDateTime(value: string | Date | null | undefined, locale: string, timeZone = defaultTimeZone) {
  if (!value) return '';
  return formatFor(locale, timeZone, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

/** A date and time to the second (audit entries: two acts in one minute stay apart). */
export function formatDateTimeSeconds(
  value: string | Date | null | undefined,
  locale: string,
  timeZone = defaultTimeZone,
) {
  if (!value) return '';
  return formatFor(locale, timeZone, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(value));
}

/** The zone's wall clock at a moment, each field two digits (the year four), hours 00-23. */
function wallClock(value: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatFor('en-GB', timeZone, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/**
 * `YYYYMMDD-HHmm` in the organisation's zone, for file names that sort by when they were made; with
 * `seconds`, `YYYYMMDD-HHmmss` (backups: two taken in one minute must not share a name).
 */
export function fileStamp(value: Date, timeZone = defaultTimeZone, opts: { seconds?: boolean } = {}): string {
  const { year, month, day, hour, minute, second } = wallClock(value, timeZone);
  return `${year}${month}${day}-${hour}${minute}${opts.seconds ? second : ''}`;
}

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
