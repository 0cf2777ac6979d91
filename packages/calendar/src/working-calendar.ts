// The one working-day calendar of the system: Monday to Friday work, Saturday and Sunday rest, except for the days
// the official schedule moves (public holidays, and the weekend days worked in exchange, 调休上班). Those days are
// data, passed in as overrides, so next year's schedule is a database row, not a release.
//
// Counting is arithmetic rather than a walk over days: the working days up to day d are the Mondays-to-Fridays up
// to d (a formula) plus the overrides' corrections up to d (a binary search over prefix sums). Any span, however
// long, costs the same, and addWorkingDays is a search over that count.
//
// Days are @strata/i18n's day numbers, and which day a moment falls on, and when a day starts, in the calendar's
// zone are its answers (dayNumberOf, startOfDayNumber): the one way in the system, summer time included.

import { defaultTimeZone } from '@strata/i18n';
import { assertTimeZone, type DayNumber, dayNumber, dayNumberOf, dayText, startOfDayNumber } from '@strata/i18n/days';
import { isWeekend, weekdaysThrough } from './weekdays';

/** A calendar date, 'YYYY-MM-DD' (years 0000–9999): a day on the wall calendar, not a moment. */
export type IsoDate = string;

/** A day the official schedule moves: a holiday (even one on a weekend), or a weekend day worked (调休上班). */
export interface DayOverride {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  /** For people: '春节', '春节调休上班'. */
  name: string;
}

/** What a day is: a plain Monday-to-Friday, a plain weekend day, a holiday, or a weekend day worked. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface WorkingCalendarOptions {
  /** IANA zone whose wall calendar the dates are on; the organisation's (Asia/Shanghai) unless said otherwise. */
  timeZone?: string;
}

export interface Deadline {
  /** The last day to reply on: the n-th working day after the day of receipt. */
  dueDate: IsoDate;
  /** When the item becomes overdue: the start of the day after dueDate. */
  dueAt: Date;
  /** From when at most one working day is left: the start of the working day before dueDate, never before receipt. */
  dueSoonAt: Date;
}

export class WorkingCalendar {
  readonly timeZone: string;
  private readonly kinds = new Map<DayNumber, 'holiday' | 'workday'>();
  private readonly years = new Set<number>();
  /** Override days in order, and the running total of their corrections to the Monday-to-Friday count. */
  private readonly overrideDays: Int32Array;
  private readonly corrections: Int32Array;

  constructor(overrides: readonly DayOverride[], options: WorkingCalendarOptions = {}) {
    this.timeZone = options.timeZone ?? defaultTimeZone;
    assertTimeZone(this.timeZone);
    for (const override of overrides) {
      const day = dayNumber(override.date);
      if (override.kind !== 'holiday' && override.kind !== 'workday') {
        throw new Error(`Override for ${override.date} has unknown kind ${JSON.stringify(override.kind)}`);
      }
      if (this.kinds.has(day)) throw new Error(`Two overrides for ${override.date}; a day can have only one`);
      // A 'workday' on a Monday-to-Friday changes nothing, so it can only be a mistyped date; better to say so
      // than to count deadlines one day off.
      if (override.kind === 'workday' && !isWeekend(day)) {
        throw new Error(`Make-up working day ${override.date} (${override.name}) is not a Saturday or Sunday`);
      }
      this.kinds.set(day, override.kind);
      this.years.add(Number(override.date.slice(0, 4)));
    }
    this.overrideDays = Int32Array.from([...this.kinds.keys()].sort((a, b) => a - b));
    this.corrections = new Int32Array(this.overrideDays.length);
    let total = 0;
    this.overrideDays.forEach((day, index) => {
      // A holiday on a weekday removes a working day; a worked weekend day adds one; a holiday on a weekend
      // (part of the announced break) changes nothing.
      if (this.kinds.get(day) === 'workday') total += 1;
      else if (!isWeekend(day)) total -= 1;
      this.corrections[index] = total;
    });
  }

  /** What kind of day `date` is. */
  kindOf(date: IsoDate): DayKind {
    return this.kindOfDay(dayNumber(date));
  }

  /** Whether people work on `date` (a plain weekday or a make-up working day). */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorking(dayNumber(date));
  }

  /** Whether any override falls in `year`, i.e. its schedule has been entered (the UI warns when not). */
  coversYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The date on the calendar's wall at `instant`. */
  localDate(instant: Date): IsoDate {
    return dayText(this.localDay(instantMs(instant)));
  }

  /** The instant `date` begins in the calendar's zone (local midnight, or the end of a clock change skipping it). */
  startOfDay(date: IsoDate): Date {
    return new Date(this.startOf(dayNumber(date)));
  }

  /** The n-th working day after `date` (`date` itself never counts), for a whole n >= 1. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    return dayText(this.addWorking(dayNumber(date), n));
  }

  /** The first working day after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /** The last working day before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate {
    return dayText(this.previousWorking(dayNumber(date)));
  }

  /**
   * The deadline for something received at `received` that must be answered within `workingDays` working days.
   * Counting starts the day after the local date of receipt, so an item that arrives on a weekend or a holiday
   * simply gets its first working day later.
   */
  deadline(received: Date, workingDays: number): Deadline {
    const receivedMs = instantMs(received);
    const dueDay = this.addWorking(this.localDay(receivedMs), workingDays);
    const dueAt = this.startOf(dueDay + 1);
    const dueSoonAt = Math.max(receivedMs, this.startOf(this.previousWorking(dueDay)));
    return { dueDate: dayText(dueDay), dueAt: new Date(dueAt), dueSoonAt: new Date(dueSoonAt) };
  }

  /**
   * Working days d with localDate(from) < d <= localDate(to): how many working days a reply took. 0 when `to`
   * falls on the same local day as `from` or earlier.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const fromDay = this.localDay(instantMs(from));
    const toDay = this.localDay(instantMs(to));
    return toDay <= fromDay ? 0 : this.workingThrough(toDay) - this.workingThrough(fromDay);
  }

  private localDay(ms: number): DayNumber {
    return dayNumberOf(ms, this.timeZone);
  }

  private startOf(day: DayNumber): number {
    return startOfDayNumber(day, this.timeZone);
  }

  private kindOfDay(day: number): DayKind {
    const kind = this.kinds.get(day);
    if (kind === 'holiday') return 'holiday';
    if (kind === 'workday') return 'makeUpWorkday';
    return isWeekend(day) ? 'weekend' : 'workday';
  }

  private isWorking(day: number): boolean {
    const kind = this.kinds.get(day);
    return kind === undefined ? !isWeekend(day) : kind === 'workday';
  }

  private addWorking(day: number, n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`Working days to add must be a whole number >= 1: ${n}`);
    return this.firstDayReaching(this.workingThrough(day) + n, day + 1);
  }

  private previousWorking(day: number): number {
    const target = this.workingThrough(day - 1);
    // The last working day before `day` is the first day whose running count reaches that of the day before:
    // search back, doubling the step, for a day still short of it.
    let low = day - 2;
    for (let step = 2; this.workingThrough(low) >= target; step *= 2) low = day - 1 - step;
    return this.firstDayReaching(target, low + 1);
  }

  /**
   * Working days on or before `day`, from an arbitrary origin (only differences mean anything). It grows by one
   * exactly on working days.
   */
  private workingThrough(day: number): number {
    // The number of overrides on or before `day`, by binary search.
    let low = 0;
    let high = this.overrideDays.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.overrideDays[middle]! <= day) low = middle + 1;
      else high = middle;
    }
    return weekdaysThrough(day) + (low === 0 ? 0 : this.corrections[low - 1]!);
  }

  /**
   * The first day from `from` on whose running count reaches `target`: necessarily a working day, since the count
   * only grows on those. Doubles a window until it holds the day, then halves it.
   */
  private firstDayReaching(target: number, from: number): number {
    let low = from - 1; // known to fall short (or before the range searched)
    let high = from;
    for (let step = 1; this.workingThrough(high) < target; step *= 2) {
      low = high;
      high = from + step;
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.workingThrough(middle) >= target) high = middle;
      else low = middle;
    }
    return high;
  }
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new Error('Invalid Date');
  return ms;
}
