// A unit's live statistics: the current members of its whole subtree (active or floating, in every stage) by stage,
// gender, age band, education, ethnicity, years of membership and occupation, ages and years counted on today; what
// moved in a period (recruited, converted, transferred in and out across the subtree's edge, left); and each child
// unit's share, so the console drills down by asking again for a child. Members count where they are now.
import { fieldError, type Scope, unitInScope } from '@strata/api';
import { lastTwelveMonths, memberEducations, memberGenders, memberOccupations, memberStages } from '@strata/contract';
import { type Db, whileUnchanged } from '@strata/db';
import { calendarDay, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { addInto, ageBounds, countList, countsOf, cutoffsOn, leftStatuses, periodOn, yearBounds } from './member-bands';
import { type DimensionSums, emptyDimensionSums, memberCountsOf, subtreeOf } from './member-counts';
import {
  countedPath,
  currentAndFlows,
  currentByIndexed,
  currentByUnitStage,
  type LiveCounted,
  recruitedByMonth,
  subtreeUnits,
  transfersOf,
} from './member-figures.sql';
import type { LiveFlows, LiveInput, LiveOutput } from './stats-schemas';

type Flows = { recruited: number; converted: number; transferredIn: number; transferredOut: number; left: number[] };

const emptyFlows = (): Flows => ({
  recruited: 0,
  converted: 0,
  transferredIn: 0,
  transferredOut: 0,
  left: leftStatuses.map(() => 0),
});

const flowsOf = (f: Flows): LiveFlows => ({
  recruited: f.recruited,
  converted: f.converted,
  transferredIn: f.transferredIn,
  transferredOut: f.transferredOut,
  left: f.left.reduce((n, c) => n + c, 0),
  leftByStatus: countsOf(leftStatuses, f.left),
});

type LiveStats = { scope: Scope; input: LiveInput; now: Date };

export async function liveStats(db: Db, { scope, input, now }: LiveStats): Promise<LiveOutput> {
  const unit = await unitInScope(db, scope, 'members.read', input.unitId);
  const today = calendarDay(now);
  const { from, to } = periodOn(today, input);
  if (to < from) throw fieldError('to', 'dateRangeReversed');

  const rows = await subtreeUnits(db, unit.path);
  const tree = subtreeOf(rows, unit);
  const counted: LiveCounted = {
    // The subtree holding every unit needs no condition on the unit: the municipality's reads go straight through.
    path: countedPath(rows, unit.path),
    ageCutoffs: cutoffsOn(today, ageBounds),
    yearCutoffs: cutoffsOn(today, yearBounds),
    from,
    to,
    start: startOfCalendarDay(from),
    end: startOfCalendarDay(nextCalendarDay(to)),
  };
  // The twelve months up to today's (the overview's trends), counted from the first day of the first.
  const months = lastTwelveMonths(today);
  const since = `${months[0]}-01`;
  const { stages, indexed, table, transfers, recruits } = await keptCounts(
    db,
    counted,
    since,
    `${unit.path} ${today} ${from} ${to}`,
  );

  const sums: DimensionSums = emptyDimensionSums();
  const flows = emptyFlows();
  const perChild = new Map(
    tree.children.map((c) => [c.id, { members: 0, stage: memberStages.map(() => 0), flows: emptyFlows() }]),
  );
  const childOf = (unitId: number) => {
    const child = tree.childOf(unitId);
    return child && perChild.get(child.id);
  };

  for (const row of stages) {
    const at = memberStages.indexOf(row.stage as (typeof memberStages)[number]);
    const n = Number(row.count);
    if (at >= 0) sums.stage[at] = (sums.stage[at] ?? 0) + n;
    const child = childOf(Number(row.unitId));
    if (child) {
      child.members += n;
      if (at >= 0) child.stage[at] = (child.stage[at] ?? 0) + n;
    }
  }

  sums.total = Number(indexed.total);
  sums.gender = countList(indexed.gender, memberGenders.length);
  sums.education = countList(indexed.education, memberEducations.length);
  sums.ageAtMost = countList(indexed.ageAtMost, ageBounds.length);

  for (const row of table) {
    const current = Number(row.current);
    if (current > 0) sums.ethnicity.set(row.ethnicity, (sums.ethnicity.get(row.ethnicity) ?? 0) + current);
    addInto(sums.occupation, countList(row.occupation, memberOccupations.length));
    sums.admitted += Number(row.admitted);
    addInto(sums.yearsAtMost, countList(row.yearsAtMost, yearBounds.length));
    if (row.flowUnitId === null) continue;
    // A member with a flow in the period: its own row, by unit and status.
    const moved = { recruited: Number(row.recruited), converted: Number(row.converted), left: Number(row.left) };
    const status = leftStatuses.indexOf(row.flowStatus as (typeof leftStatuses)[number]);
    const child = childOf(Number(row.flowUnitId));
    for (const f of child ? [flows, child.flows] : [flows]) {
      f.recruited += moved.recruited;
      f.converted += moved.converted;
      if (status >= 0) f.left[status] = (f.left[status] ?? 0) + moved.left;
    }
  }

  for (const row of transfers) {
    const n = Number(row.count);
    const sender = Number(row.fromUnitId);
    const receiver = row.toUnitId === null ? null : Number(row.toUnitId);
    // In or out of a subtree: one end inside it and the other not (an outside organisation is never inside).
    const count = (f: Flows, inside: (unitId: number) => boolean) => {
      const fromInside = inside(sender);
      const toInside = receiver !== null && inside(receiver);
      if (fromInside && !toInside) f.transferredOut += n;
      if (toInside && !fromInside) f.transferredIn += n;
    };
    count(flows, tree.inside);
    for (const child of tree.children) {
      const figures = perChild.get(child.id);
      if (figures) count(figures.flows, (unitId) => tree.childOf(unitId)?.id === child.id);
    }
  }

  return {
    unit: { id: tree.top.id, name: tree.top.name },
    from,
    to,
    asOf: today,
    members: memberCountsOf(sums),
    flows: flowsOf(flows),
    recruitedByMonth: months.map((month) => ({
      month,
      count: Number(recruits.find((r) => r.month === month)?.count ?? 0),
    })),
    children: tree.children.map((c) => {
      const figures = perChild.get(c.id) ?? { members: 0, stage: memberStages.map(() => 0), flows: emptyFlows() };
      return {
        unitId: c.id,
        name: c.name,
        members: figures.members,
        byStage: countsOf(memberStages, figures.stage),
        flows: flowsOf(figures.flows),
      };
    }),
  };
}

/**
 * The counts, kept while no row changed since they were counted (whileUnchanged): the key names the subtree, today
 * (ages move with it) and the period. The page is opened, drilled into and back far more often than members change.
 */
function keptCounts(db: Db, counted: LiveCounted, since: string, key: string) {
  return whileUnchanged(
    db,
    `members.stats ${key}`,
    async () => {
      const [stages, indexed, table, transfers, recruits] = await Promise.all([
        currentByUnitStage(db, counted),
        currentByIndexed(db, counted),
        currentAndFlows(db, counted),
        transfersOf(db, counted),
        recruitedByMonth(db, counted, since),
      ]);
      return { stages, indexed, table, transfers, recruits };
    },
    { reads: ['Member', 'Transfer', 'Unit'], warm: true },
  );
}
