// Calendar days in bulk (the freshness board judges 12,000 columns at once): which day a moment falls on in the organisation's zone, and adding days or
// months to a day. Days are counted as numbers (days since 1970-01-01 on the calendar, `DayNumber`) so a board can
// judge 12,000 columns without building a string per column; `dayText` writes one as `YYYY-MM-DD`. The zone's
// rules stay with @strata/i18n (calendarDay, startOfCalendarDay): here each day's start is asked of it once and
// kept, where calendarDay asks Intl every time (about 10 µs a moment).
import { defaultTimeZone } from './dates';
import { calendarDay, startOfCalendarDay } from './zoned-time';

/** A moment: a Date or its ISO text (or, below, epoch milliseconds). */
type Instant = Date | string;

const dayMs = 86_400_000;

/** A calendar day as the number of days since 1970-01-01 (no zone in it: a date, not a moment). */
export type DayNumber = number;

export const dayNumber = (day: string): DayNumber => Date.parse(`${day}T00:00:00Z`) / dayMs;
export const dayText = (day: DayNumber): string => new Date(day * dayMs).toISOString().slice(0, 10);

/**
 * The same day `months` later, or that month's last day when it has no such day: 01-31 plus one month is 02-28
 * (02-29 in a leap year), 11-30 plus three months is 02-28.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const date = new Date(day * dayMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDate = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDate)) / dayMs;
}

// Per zone: the first moment of each day seen (startOfCalendarDay, asked once a day), and the offset last found.
const zones = new Map<string, { starts: Map<DayNumber, number>; offset: number }>();
const startsKept = 100_000;

function zoneOf(timeZone: string) {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = { starts: new Map(), offset: 0 };
    zones.set(timeZone, zone);
  }
  return zone;
}

function startOf(zone: { starts: Map<DayNumber, number> }, day: DayNumber, timeZone: string): number {
  let start = zone.starts.get(day);
  if (start === undefined) {
    if (zone.starts.size >= startsKept) zone.starts.clear();
    start = startOfCalendarDay(dayText(day), timeZone).getTime();
    zone.starts.set(day, start);
  }
  return start;
}

const timeOf = (at: Instant | number) =>
  typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();

/**
 * The calendar day a moment falls on in the zone, as calendarDay finds it, from the days' starts: a day is guessed
 * with the offset last seen and checked against its start and the next day's (summer time moves the guess by a day
 * at most; anything stranger is left to calendarDay).
 */
export function dayNumberOf(at: Instant | number, timeZone = defaultTimeZone): DayNumber {
  const time = timeOf(at);
  const zone = zoneOf(timeZone);
  let day = Math.floor((time + zone.offset) / dayMs);
  for (let tries = 0; tries < 3; tries++) {
    const start = startOf(zone, day, timeZone);
    if (time < start) day -= 1;
    else if (time >= startOf(zone, day + 1, timeZone)) day += 1;
    else {
      zone.offset = day * dayMs - start;
      return day;
    }
  }
  return dayNumber(calendarDay(new Date(time), timeZone));
}

/** The calendar day (`YYYY-MM-DD`) a moment falls on in the zone: calendarDay's answer, found faster. */
export const calendarDayOf = (at: Instant | number, timeZone = defaultTimeZone) => dayText(dayNumberOf(at, timeZone));
