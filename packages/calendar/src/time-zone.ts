// Which calendar day an instant falls on, and when a day starts, in a named IANA time zone, without relying on the
// machine's TZ. Intl is the only source of zone rules in plain Node, and formatting a date with it costs
// microseconds, so offsets are cached per UTC day and per zone (shared by every calendar in the process): a loop
// over days pays one Map lookup per day, and Intl runs twice for each UTC day first seen.
// Assumes a zone changes its offset at most once per UTC day and at most once in any two days around a local
// midnight, which holds for every zone in the tz database since standard time began.

import { daysFromCivil, MS_PER_DAY } from './iso-date';

/** A UTC day's offsets (local minus UTC, in ms): `before` until `switchAt`, `after` from it on. */
interface DayOffsets {
  before: number;
  after: number;
  switchAt: number;
}

// Bounded so a long-running server that is asked about ever more days cannot grow without end; a cleared cache
// only costs Intl calls again.
const MAX_CACHED_DAYS = 20_000;

export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly days = new Map<number, DayOffsets>();

  constructor(readonly timeZone: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Unknown time zone: ${JSON.stringify(timeZone)}`);
    }
  }

  /** The zone's offset from UTC (ms, local minus UTC) at instant `ms`. */
  offsetAt(ms: number): number {
    const day = Math.floor(ms / MS_PER_DAY);
    let offsets = this.days.get(day);
    if (offsets === undefined) {
      offsets = this.computeDay(day);
      if (this.days.size >= MAX_CACHED_DAYS) this.days.clear();
      this.days.set(day, offsets);
    }
    return ms < offsets.switchAt ? offsets.before : offsets.after;
  }

  /** The local day number (days since 1970-01-01 on the zone's wall calendar) of instant `ms`. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }

  /**
   * The first instant of local day `day`: local midnight, or, where a clock change skips midnight (clocks jumping
   * from 23:59:59 to 01:00), the moment of the jump. Where midnight happens twice, the first.
   */
  startOfDay(day: number): number {
    const wall = day * MS_PER_DAY;
    // The offsets either side of the day: midnight happened at wall - offset for whichever of them was in force.
    const earlier = this.offsetAt(wall - MS_PER_DAY);
    const later = this.offsetAt(wall + MS_PER_DAY);
    let start = Number.POSITIVE_INFINITY;
    for (const offset of [earlier, later]) {
      const candidate = wall - offset;
      if (this.offsetAt(candidate) === offset && candidate < start) start = candidate;
    }
    if (start !== Number.POSITIVE_INFINITY) return start;
    // Midnight never happened (clocks sprang forward over it): the day starts when the later offset took over,
    // somewhere between midnight read with the later offset and midnight read with the earlier one.
    return this.firstInstantWith(later, wall - later, wall - earlier);
  }

  /** The offset Intl reports at instant `ms`, to the second (Intl does not format milliseconds). */
  private rawOffset(ms: number): number {
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
    }
    const localSeconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    return localSeconds * 1000 - Math.floor(ms / 1000) * 1000;
  }

  private computeDay(day: number): DayOffsets {
    const start = day * MS_PER_DAY;
    const end = start + MS_PER_DAY; // the next day's first instant: a change exactly then belongs to that day
    const before = this.rawOffset(start);
    const after = this.rawOffset(end);
    if (before === after) return { before, after, switchAt: end };
    // Clock changes fall on whole seconds, so search seconds: about 17 Intl calls, twice a year for DST zones.
    let low = start / 1000; // offset `before` here
    let high = end / 1000; // offset `after` here
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.rawOffset(middle * 1000) === before) low = middle;
      else high = middle;
    }
    return { before, after, switchAt: high * 1000 };
  }

  /** The first instant in (low, high] whose offset is `offset`, given it holds at `high` and not at `low`. */
  private firstInstantWith(offset: number, low: number, high: number): number {
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.offsetAt(middle) === offset) high = middle;
      else low = middle;
    }
    return high;
  }
}

const clocks = new Map<string, ZoneClock>();

/** The shared clock for `timeZone` (building an Intl.DateTimeFormat is slow; its cache is worth sharing). */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
