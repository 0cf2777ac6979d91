// Whether a column keeps its update cadence (the seed's complaint: sites left static). Pure: the moment it is
// judged at comes in as an argument (the procedure's ctx.now()), and days are the organisation's calendar days.
import type { Instant } from '@strata/api';
import { addMonths, type DayNumber, dayNumberOf, dayText } from '@strata/i18n/days';
import type { Cadence } from '../columns/column-schemas';

export const freshnessStates = ['kept', 'dueSoon', 'overdue', 'untracked'] as const;
export type FreshnessState = (typeof freshnessStates)[number];
export type TrackedCadence = Exclude<Cadence, 'none'>;

/**
 * Each cadence's period and how many days before its due day a column shows as due soon (0: on the day itself).
 * Defaults, as shared/notes/domain.md asks of every rate and threshold: one place to make them configurable.
 */
export const cadenceRules: Record<
  TrackedCadence,
  { period: { days: number } | { months: number }; dueSoonDays: number }
> = {
  daily: { period: { days: 1 }, dueSoonDays: 0 },
  weekly: { period: { days: 7 }, dueSoonDays: 2 },
  monthly: { period: { months: 1 }, dueSoonDays: 5 },
  quarterly: { period: { months: 3 }, dueSoonDays: 10 },
};

/** What the rules read of a column: its cadence, whether it is shown, and when it began or last published. */
export type ColumnTrack = {
  cadence: Cadence;
  hidden: boolean;
  createdAt: Instant;
  /** The latest publication that has happened (a scheduled one counts once its moment has come); null: never. */
  lastPublishedAt: Instant | null;
};

/**
 * The day a tracked column is due: the day of its last publication (never published: of its creation) plus its
 * period, a calendar month counted as one (01-31 plus a month is the month's last day). Null: untracked, as a
 * hidden column or one without a cadence is nobody's to keep.
 */
export function dueDay(column: ColumnTrack): DayNumber | null {
  if (column.cadence === 'none' || column.hidden) return null;
  const from = dayNumberOf(column.lastPublishedAt ?? column.createdAt);
  const { period } = cadenceRules[column.cadence];
  return 'days' in period ? from + period.days : addMonths(from, period.months);
}

export type Judgement = { state: FreshnessState; daysOverdue: number };
const untracked: Judgement = { state: 'untracked', daysOverdue: 0 };

/**
 * A column due on `due` as it stands on `today`: overdue from the day after its due day (by that many days),
 * due soon within its cadence's warning days (the due day itself included), kept before them.
 */
export function judgeOn(cadence: Cadence, due: DayNumber | null, today: DayNumber): Judgement {
  if (due === null || cadence === 'none') return untracked;
  const left = due - today;
  if (left < 0) return { state: 'overdue', daysOverdue: -left };
  return { state: left <= cadenceRules[cadence].dueSoonDays ? 'dueSoon' : 'kept', daysOverdue: 0 };
}

/** A column's due day (`YYYY-MM-DD`) and state at the moment `now`. */
export function columnFreshness(column: ColumnTrack, now: Date): Judgement & { dueOn: string | null } {
  const due = dueDay(column);
  return { dueOn: due === null ? null : dayText(due), ...judgeOn(column.cadence, due, dayNumberOf(now)) };
}

const severity: Record<FreshnessState, number> = { untracked: 0, kept: 1, dueSoon: 2, overdue: 3 };

/** A unit's state: its worst column's (overdue over due soon over kept); untracked when it tracks none. */
export const worstState = (states: Iterable<FreshnessState>): FreshnessState => {
  let worst: FreshnessState = 'untracked';
  for (const state of states) if (severity[state] > severity[worst]) worst = state;
  return worst;
};
