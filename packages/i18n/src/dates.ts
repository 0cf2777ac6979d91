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

/** `YYYYMMDD-HHmm` in the organisation's zone, for file names that sort by when they were made. */
export function fileStamp(value: Date, timeZone = defaultTimeZone): string {
  const parts = Object.fromEntries(
    formatFor('en-GB', timeZone, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}`;
}

/**
 * A calendar day (`YYYY-MM-DD`) as the organisation's zone sees the moment: what "today" is in Shanghai,
 * whatever the server's or the browser's own zone. Date-only values (a founding date) are stored this way.
 */
export function calendarDay(value: Date, timeZone = defaultTimeZone): string {
  const parts = Object.fromEntries(
    formatFor('en-GB', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A calendar day (`YYYY-MM-DD`) in the reader's language (2001年7月1日, Jul 1, 2001); empty for null. */
export function formatCalendarDay(day: string | null | undefined, locale: string) {
  if (!day) return '';
  // Noon UTC of that day, shown in UTC: the same day in every zone, never shifted by one.
  return formatFor(locale, 'UTC', { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00Z`));
}
