// Calendar days as numbers, and which day a moment falls on in a zone. A day is counted as the days since
// 1970-01-01 on the calendar (`DayNumber`: a date, not a moment), so the freshness board can judge 12,000 columns and
// the working-day calendar count deadlines by arithmetic, without a string or an Intl call per day; `dayText` writes
// one as `YYYY-MM-DD`. The conversions are exact integer arithmetic (proleptic Gregorian, years 0000-9999), never the
// machine's zone; the zone's rules come from its clock (zone-clock.ts), asked once per UTC day and kept.
import { defaultTimeZone } from './dates';
import { daysFromCivil, zoneClock } from './zone-clock';

/** A moment: a Date, its ISO text or epoch milliseconds. */
export type Instant = Date | string | number;

/** A calendar day as the number of days since 1970-01-01 (no zone in it: a date, not a moment). */
export type DayNumber = number;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists (no 2026-02-29, no 2026-13-01). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = dayPattern.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The DayNumber of a `YYYY-MM-DD` day; a RangeError, naming what was given, for anything that is not a real day. */
export function dayNumber(day: string): DayNumber {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(day)}`);
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** The civil date of a day number (Hinnant's civil_from_days), the inverse of daysFromCivil. */
function civilFromDays(days: DayNumber): { year: number; month: number; day: number } {
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

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A day number as `YYYY-MM-DD`; a RangeError past the four-digit years such a day can hold. */
export function dayText(day: DayNumber): string {
  if (!Number.isSafeInteger(day)) throw new RangeError(`Not a day number: ${day}`);
  const { year, month, day: date } = civilFromDays(day);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range (years 0000-9999): day ${day}`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(date)}`;
}

/**
 * The same day `months` later, or that month's last day when it has no such day: 01-31 plus one month is 02-28
 * (02-29 in a leap year), 11-30 plus three months is 02-28.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: date } = civilFromDays(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const toYear = Math.floor(monthIndex / 12);
  const toMonth = monthIndex - toYear * 12 + 1;
  return daysFromCivil(toYear, toMonth, Math.min(date, daysInMonth(toYear, toMonth)));
}

const timeOf = (at: Instant) => (typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime());

/** The calendar day a moment falls on in the zone (Shanghai's unless said): what "today" is there. */
export function dayNumberOf(at: Instant, timeZone = defaultTimeZone): DayNumber {
  return zoneClock(timeZone).dayOf(timeOf(at));
}

/**
 * The first moment (epoch ms) of a calendar day in the zone: its midnight, the first of two, or where a clock change
 * skips midnight, the moment of the jump. A range of days runs from the first day's start to the start of the day
 * after the last.
 */
export function startOfDayNumber(day: DayNumber, timeZone = defaultTimeZone): number {
  if (!Number.isSafeInteger(day)) throw new RangeError(`Not a day number: ${day}`);
  return zoneClock(timeZone).startOf(day);
}

/** Throws a RangeError (`Unknown time zone: "Asia/Beijing"`) unless Intl knows the IANA zone `timeZone`. */
export function assertTimeZone(timeZone: string): void {
  zoneClock(timeZone);
}
