const formats = new Map<string, Intl.DateTimeFormat>();

/** A short local date-time for an ISO string from the API; empty for null. */
export function formatDateTime(iso: string | Date | null | undefined, locale: string): string {
  if (!iso) return '';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
