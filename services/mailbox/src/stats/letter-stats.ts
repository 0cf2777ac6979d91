// A unit's letter statistics for a period: what became of the letters received in it, as of now, for the unit's
// whole subtree, by kind, for each child unit (its ranking) and month by month. Letters count where they are handled
// now (an assigned letter counts for the unit it went to). Beside them, the same units' members' boards.
import { notFound, type Scope, withinPath } from '@strata/api';
import { type Db, whileUnchanged } from '@strata/db';
import { addMonths, dayNumber, dayText, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { nextTopicDeadline } from '../board/board-figures.sql';
import { type LetterKind, letterKinds } from '../letters/letter-rules';
import { boardStats } from './board-stats';
import {
  type Counted,
  kindMonthSums,
  nextDeadline,
  overdueNowByUnit,
  type SumRow,
  unitRows,
  unitSums,
} from './letter-figures.sql';
import type { LetterFigures, StatsInput, StatsOutput } from './stats-schemas';
import { childSums, ratio } from './subtree-sums';

/** What the statements count; the figures follow from them (answered = on time + late, rated = the three ratings). */
type Sums = {
  received: number;
  open: number;
  onTime: number;
  late: number;
  overdue: number;
  rejected: number;
  replyDays: number;
  replyCounted: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
};

const emptySums = (): Sums => ({
  received: 0,
  open: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  rejected: 0,
  replyDays: 0,
  replyCounted: 0,
  satisfied: 0,
  basic: 0,
  dissatisfied: 0,
});

const summed = Object.keys(emptySums()) as (keyof Sums)[];

function add(into: Sums, row: SumRow | Sums) {
  for (const key of summed) into[key] += Number(row[key] ?? 0);
}

/** The figures from their sums: averages to one decimal, rates to four (a percentage with two decimals). */
export function figuresOf(s: Sums): LetterFigures {
  const rated = s.satisfied + s.basic + s.dissatisfied;
  return {
    received: s.received,
    answered: s.onTime + s.late,
    onTime: s.onTime,
    late: s.late,
    open: s.open,
    overdue: s.overdue,
    rejected: s.rejected,
    replyDays: s.replyCounted === 0 ? null : Math.round((s.replyDays / s.replyCounted) * 10) / 10,
    rated,
    satisfied: s.satisfied,
    basic: s.basic,
    dissatisfied: s.dissatisfied,
    onTimeRate: ratio(s.onTime, s.onTime + s.late + s.overdue),
    satisfactionRate: ratio(s.satisfied + s.basic, rated),
  };
}

/** The first day of each month after the first one of the period, up to its last day's month ('YYYY-MM-01'). */
export function monthStartsAfter(from: string, to: string): string[] {
  const starts: string[] = [];
  for (let n = 1; ; n++) {
    const start = dayText(addMonths(dayNumber(`${from.slice(0, 8)}01`), n));
    if (start > to) return starts;
    starts.push(start);
  }
}

type LetterStats = { scope: Scope; input: StatsInput; now: Date };

/**
 * The statistics, kept while no letter, topic or unit was written and no open letter's or topic's deadline passed
 * since they were counted (the figures that move with the clock are those overdue now): a year of the municipality
 * is tens of milliseconds to count and add up on SQLite at the large fixture, and the page and the overview's card
 * are opened, re-opened and drilled back up to far more often than letters change.
 */
export async function letterStats(db: Db, { scope, input, now }: LetterStats): Promise<StatsOutput> {
  const unitId = input.unitId ?? homeUnit(scope);
  const within = await withinPath(db, scope, 'mailbox.read', unitId);
  const roots = scope.roots('mailbox.read', within);
  const at = now.getTime();
  const kept = await whileUnchanged(
    db,
    `mailbox.stats ${within} ${roots.join(' ')} ${input.from} ${input.to}`,
    async () => {
      const [stats, nextLetter, nextTopic] = await Promise.all([
        countStats(db, { within, roots, input, now }),
        nextDeadline(db, now),
        nextTopicDeadline(db, now),
      ]);
      const until = Math.min(
        nextLetter?.getTime() ?? Number.POSITIVE_INFINITY,
        nextTopic?.getTime() ?? Number.POSITIVE_INFINITY,
      );
      return { stats, from: at, until };
    },
    { reads: ['Letter', 'BoardTopic', 'Unit'], warm: true, holds: (k) => k.from <= at && at < k.until },
  );
  return kept.stats;
}

type Counting = { within: string | undefined; roots: string[]; input: StatsInput; now: Date };

async function countStats(db: Db, { within, roots, input, now }: Counting): Promise<StatsOutput> {
  const units = await unitRows(db, roots);
  const top = units.find((u) => u.path === within);
  if (!top) throw notFound();
  const monthStarts = monthStartsAfter(input.from, input.to);
  const monthNames = [input.from.slice(0, 7), ...monthStarts.map((d) => d.slice(0, 7))];
  const monthNumbers = monthNames.map((m) => Number(m.replace('-', '')));
  const counted: Counted = {
    start: startOfCalendarDay(input.from),
    end: startOfCalendarDay(nextCalendarDay(input.to)),
    firstMonth: monthNumbers[0] as number,
    lastMonth: monthNumbers.at(-1) as number,
    roots: units.length === Number(units[0]?.everyUnit ?? 0) ? null : roots,
    now,
  };
  const [perUnit, perKindMonth, overdueNow, board] = await Promise.all([
    unitSums(db, counted),
    kindMonthSums(db, counted),
    overdueNowByUnit(db, counted),
    boardStats(db, { start: counted.start, end: counted.end, roots, now, top, units }),
  ]);

  const totals = emptySums();
  const byKind = new Map<LetterKind, Sums>(letterKinds.map((k) => [k, emptySums()]));
  const months = monthNames.map(emptySums);
  const monthIndex = new Map(monthNumbers.map((m, i) => [m, i]));
  for (const row of perKindMonth) {
    add(totals, row);
    const kind = byKind.get(row.kind as LetterKind);
    if (kind) add(kind, row);
    const month = months[monthIndex.get(Number(row.month)) ?? -1];
    if (month) add(month, row);
  }
  const children = childSums(top, units, perUnit, emptySums, add);
  const countOverdue = (into: { overdue: number }, row: { overdue: unknown }) => {
    into.overdue += Number(row.overdue);
  };
  const overdueBelow = new Map(
    childSums(top, units, overdueNow, () => ({ overdue: 0 }), countOverdue).map((c) => [c.unit.id, c.sums.overdue]),
  );
  return {
    unit: { id: top.id, name: top.name },
    from: input.from,
    to: input.to,
    totals: figuresOf(totals),
    overdueNow: overdueNow.reduce((sum, row) => sum + Number(row.overdue), 0),
    byKind: letterKinds.map((kind) => ({ kind, figures: figuresOf(byKind.get(kind) ?? emptySums()) })),
    children: children.map(({ unit, sums }) => ({
      unitId: unit.id,
      name: unit.name,
      figures: figuresOf(sums),
      overdueNow: overdueBelow.get(unit.id) ?? 0,
    })),
    months: months.map((m, i) => ({
      month: monthNames[i] as string,
      received: m.received,
      onTime: m.onTime,
      late: m.late,
      overdue: m.overdue,
      rejected: m.rejected,
    })),
    board,
  };
}

/** The unit the statistics open on: the highest the caller reads letters at (the first, for grants in two places). */
function homeUnit(scope: Scope): number {
  const [root] = scope.roots('mailbox.read');
  if (!root) throw notFound();
  // A path is the ids from the top down: its last is the unit's own.
  return Number(root.split('/').filter(Boolean).at(-1));
}
