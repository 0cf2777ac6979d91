// A dues month (YYYY-MM) in the reader's language: 2026年3月, Mar 2026.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatMonth(month: string, language: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(new Date(`${month}-15T12:00:00Z`));
}
