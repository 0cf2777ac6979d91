// The one way to show a moment: always in the organisation's time zone (Asia/Shanghai unless configured),
// never in whatever zone the viewer's machine happens to be set to.
export const defaultTimeZone = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();
export const formatFor = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) => {
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

/**
 * A span of time (an activity, a classroom session): the start, and the end's clock alone when it falls on the same
 * day in the zone ("2026/12/3 09:00 – 11:30"), else its day too.
 */
export function formatTimeRange(
  startsAt: string | Date,
  endsAt: string | Date,
  locale: string,
  timeZone = defaultTimeZone,
) {
  const day = (value: string | Date) => formatFor(locale, timeZone, { dateStyle: 'short' }).format(new Date(value));
  const end =
    day(startsAt) === day(endsAt)
      ? formatFor(locale, timeZone, { timeStyle: 'short' }).format(new Date(endsAt))
      : formatDateTime(endsAt, locale, timeZone);
  return `${formatDateTime(startsAt, locale, timeZone)} – ${end}`;
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
export function wallClock(value: Date, timeZone: string) {
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
 * Today (`YYYY-MM-DD`) in the zone, read off its wall clock: what a page needs for "this year" or "up to today" without
 * the zone's day arithmetic (zoned-time.ts's calendarDay, which answers the same for any moment, and fast over many).
 */
export function calendarToday(timeZone = defaultTimeZone, now = new Date()): string {
  const { year, month, day } = wallClock(now, timeZone);
  return `${year}-${month}-${day}`;
}

/**
 * `YYYYMMDD-HHmm` in the organisation's zone, for file names that sort by when they were made; with
 * `seconds`, `YYYYMMDD-HHmmss` (backups: two taken in one minute must not share a name).
 */
export function fileStamp(value: Date, timeZone = defaultTimeZone, opts: { seconds?: boolean } = {}): string {
  const { year, month, day, hour, minute, second } = wallClock(value, timeZone);
  return `${year}${month}${day}-${hour}${minute}${opts.seconds ? second : ''}`;
}
