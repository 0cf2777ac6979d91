// Calendar dates as plain 'YYYY-MM-DD' strings, and the day numbers the calendar computes with. A date here is a
// day on the wall calendar, not an instant: which instants it covers depends on a time zone (see time-zone.ts).
// The conversions are pure arithmetic (proleptic Gregorian), so they never depend on the machine's TZ.

/** A calendar date, 'YYYY-MM-DD' (years 0000–9999). */
export type IsoDate = string;

export const MS_PER_DAY = 86_400_000;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a 'YYYY-MM-DD' string naming a day that exists (no 2026-02-29, no 2026-13-01). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = isoPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil): exact integer arithmetic for any
 * year, where Date.UTC would read years 0–99 as 1900–1999.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date of a day number (Hinnant's civil_from_days), the inverse of daysFromCivil. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of an IsoDate; throws on anything that is not a real date, naming what was given. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new Error(`Not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The IsoDate of a day number; throws past the four-digit years an IsoDate can hold. */
export function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range (years 0000–9999): day ${days}`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function isWeekend(days: number): boolean {
  const weekday = weekdayOf(days);
  return weekday === 0 || weekday === 6;
}

/**
 * How many Mondays-to-Fridays fall on or before day `days`, counted from an arbitrary Monday (1970-01-05, day 4).
 * Only differences matter: weekdaysThrough(b) - weekdaysThrough(a) is the number of weekdays in (a, b], in
 * constant time however far apart a and b are.
 */
export function weekdaysThrough(days: number): number {
  const sinceMonday = days - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const dayOfWeek = sinceMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(dayOfWeek + 1, 5);
}
