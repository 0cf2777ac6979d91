// The statistics' bands and lists: the age and years-of-membership bands as the statements count them (how many are
// at most each band's upper bound), the statuses that count as having left, and a period's default. Pure, beside
// their test.
import {
  activeMemberStatuses,
  type MemberStatus,
  memberAgeBands,
  memberStatuses,
  memberYearBands,
} from '@strata/contract';

/** The statuses of those who left the active registry, in the contract's order: what "left" is counted by. */
export const leftStatuses = memberStatuses.filter((s) => !activeMemberStatuses.includes(s)) as Exclude<
  MemberStatus,
  'active' | 'floating'
>[];

/** Those not yet admitted have no years of membership: their band. */
export const notAdmitted = 'none';

export const ageBandKeys = memberAgeBands.map((b) => b.key);
/** The years-of-membership bands of the admitted, and all of them as the answer lists them (`none` last). */
export const admittedBandKeys = memberYearBands.map((b) => b.key);
export const yearBandKeys = [...admittedBandKeys, notAdmitted] as const;

/** Each band's upper bound but the last's (which has none): what the statements count "at most" of. */
export const ageBounds = memberAgeBands.slice(0, -1).map((b) => b.max);
export const yearBounds = memberYearBands.slice(0, -1).map((b) => b.max);

/**
 * The day a whole-years count turns past `max`: someone born (or admitted) on `since` has at most `max` whole years on
 * `day` exactly when `since` comes after the day returned. A whole year is counted on its anniversary (year difference,
 * less one while the month and day of `since` are later in the year than `day`'s), so the day is `day`'s month and day
 * `max + 1` years earlier, compared as text: 02-29 in a year without one still sorts between 02-28 and 03-01, which
 * counts someone born on 29 February a year older on 1 March.
 */
export function yearsCutoff(day: string, max: number): string {
  return `${String(Number(day.slice(0, 4)) - max - 1).padStart(4, '0')}${day.slice(4)}`;
}

/** The cutoffs of each band's upper bound, for `yearsCutoff`'s comparison (`since > cutoff`: within the bound). */
export const cutoffsOn = (day: string, bounds: readonly number[]) => bounds.map((max) => yearsCutoff(day, max));

export type Count<K extends string = string> = { key: K; count: number };

/**
 * Bands from how many are at most each bound (`atMost`, one per bound, ascending) among `total`: each band is the
 * difference between its bound's count and the one below, the last band what lies above the last bound.
 */
export function bandsOf<K extends string>(keys: readonly K[], atMost: readonly number[], total: number): Count<K>[] {
  if (atMost.length !== keys.length - 1) throw new Error(`bandsOf: ${atMost.length} bounds for ${keys.length} bands`);
  return keys.map((key, i) => ({
    key,
    count: (i < atMost.length ? (atMost[i] as number) : total) - (i === 0 ? 0 : (atMost[i - 1] as number)),
  }));
}

/** Counts keyed in a list's order. */
export const countsOf = <K extends string>(keys: readonly K[], counts: readonly number[]): Count<K>[] =>
  keys.map((key, i) => ({ key, count: counts[i] ?? 0 }));

/** A statement's list of counts, one per value in order, as the database writes it ("12,0,7"; a single count alone). */
export function countList(raw: unknown, length: number): number[] {
  const counts = raw === null || raw === undefined ? [] : String(raw).split(',').map(Number);
  if (counts.length !== length || counts.some((n) => !Number.isSafeInteger(n) || n < 0))
    throw new Error(`countList: expected ${length} counts`);
  return counts;
}

/** Adds `counts` into `into`, place by place. */
export function addInto(into: number[], counts: readonly number[]) {
  for (let i = 0; i < counts.length; i++) into[i] = (into[i] ?? 0) + (counts[i] as number);
}

/** The period when none is given: from the first of the year to today; a missing end is today. */
export const periodOn = (today: string, period: { from?: string | undefined; to?: string | undefined }) => ({
  from: period.from ?? `${today.slice(0, 4)}-01-01`,
  to: period.to ?? today,
});
