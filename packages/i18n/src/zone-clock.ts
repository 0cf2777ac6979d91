// A time zone's offsets from UTC, read from Intl (the only source of zone rules in the browser and in plain Node)
// and kept per UTC day: which calendar day a moment falls on, and when a day starts, cost a Map lookup once a UTC day
// has been seen, where Intl costs microseconds a call. Shared by everything that asks about one zone (the freshness
// board's 12,000 columns, the working-day calendar's deadlines, a form's date fields).
//
// Assumes a zone changes its offset at most once per UTC day and at most once in the two days around a local
// midnight, which holds for every zone in the tz database since standard time began. Offsets are exact to the
// second (Intl formats no milliseconds), so fractional ones (Kathmandu's +5:45, a local mean time's +8:05:43) and
// summer time of half an hour (Lord Howe) are read as they are.
import { formatFor } from './dates';

const dayMs = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil), for any year. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** A UTC day's offsets (wall clock minus UTC, in ms): `before` until `switchAt`, `after` from it on. */
interface DayOffsets {
  before: number;
  after: number;
  switchAt: number;
}

// Bounded so a long-running server asked about ever more days cannot grow without end (20,000 days is 55 years);
// a cleared cache only costs Intl calls again.
const daysKept = 20_000;

const intlOptions: Intl.DateTimeFormatOptions = {
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly days = new Map<number, DayOffsets>();

  constructor(timeZone: string) {
    try {
      this.format = formatFor('en-US', timeZone, intlOptions);
    } catch {
      throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
    }
  }

  /** The zone's offset (wall clock minus UTC, ms) at moment `ms`. */
  offsetAt(ms: number): number {
    const day = Math.floor(ms / dayMs);
    let offsets = this.days.get(day);
    if (offsets === undefined) {
      if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
      offsets = this.readDay(day);
      if (this.days.size >= daysKept) this.days.clear();
      this.days.set(day, offsets);
    }
    return ms < offsets.switchAt ? offsets.before : offsets.after;
  }

  /** The calendar day (days since 1970-01-01 on the zone's wall calendar) moment `ms` falls on. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / dayMs);
  }

  /**
   * The first moment of calendar day `day`: its midnight, the first one where midnight happens twice (clocks going
   * back from 01:00 to 00:00), or where a clock change skips midnight (São Paulo, 2018-11-04: 00:00 became 01:00)
   * the moment of the jump.
   */
  startOf(day: number): number {
    const wall = day * dayMs;
    const earlier = this.offsetAt(wall - dayMs);
    const later = this.offsetAt(wall + dayMs);
    const first = this.firstMomentAt(wall, earlier, later);
    if (first !== undefined) return first;
    // Midnight never happened: the day began when the later offset took over, somewhere between midnight read
    // with the later offset and midnight read with the earlier one.
    let low = wall - later; // still the earlier offset here
    let high = wall - earlier; // the later one here
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.offsetAt(middle) === later) high = middle;
      else low = middle;
    }
    return high;
  }

  /**
   * The moment the zone's wall clock shows `wall` (ms since 1970 on the wall calendar): the first of the two where
   * clocks go back over it, and where they jump over it, the moment it would be under the offset before the jump
   * (02:30 on a night clocks go from 02:00 to 03:00 is 03:30), as Temporal's 'compatible' reads it.
   */
  momentOf(wall: number): number {
    const earlier = this.offsetAt(wall - dayMs);
    const later = this.offsetAt(wall + dayMs);
    return this.firstMomentAt(wall, earlier, later) ?? wall - earlier;
  }

  /** The first moment showing `wall` under either offset in force around it, if any does. */
  private firstMomentAt(wall: number, earlier: number, later: number): number | undefined {
    let first: number | undefined;
    for (const offset of [earlier, later]) {
      const candidate = wall - offset;
      if (this.offsetAt(candidate) === offset && (first === undefined || candidate < first)) first = candidate;
    }
    return first;
  }

  /** UTC day `day`'s offsets: Intl asked at its two ends (each shared with the neighbouring day when known). */
  private readDay(day: number): DayOffsets {
    const start = day * dayMs;
    const end = start + dayMs; // the next day's first moment: a change exactly then belongs to that day
    const before = this.days.get(day - 1)?.after ?? this.intlOffset(start);
    const after = this.days.get(day + 1)?.before ?? this.intlOffset(end);
    if (before === after) return { before, after, switchAt: end };
    // Clock changes fall on whole seconds, so search seconds: about 17 Intl calls, twice a year in a zone with
    // summer time.
    let low = start / 1000; // offset `before` here
    let high = end / 1000; // offset `after` here
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.intlOffset(middle * 1000) === before) low = middle;
      else high = middle;
    }
    return { before, after, switchAt: high * 1000 };
  }

  /** The offset Intl reports at moment `ms`, to the second. */
  private intlOffset(ms: number): number {
    let bc = false;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.format.formatToParts(ms)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minute = Number(part.value);
      else if (part.type === 'second') second = Number(part.value);
      else if (part.type === 'era') bc = part.value === 'BC';
    }
    // Intl counts years before year 1 as 1 BC, 2 BC...; the proleptic calendar has a year 0.
    const wallSeconds = daysFromCivil(bc ? 1 - year : year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    return wallSeconds * 1000 - Math.floor(ms / 1000) * 1000;
  }
}

const clocks = new Map<string, ZoneClock>();

/** The one clock of `timeZone`; a RangeError for a zone Intl does not know. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
