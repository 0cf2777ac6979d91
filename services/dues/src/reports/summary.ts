// A unit's dues over a period, its subtree as a whole and each child's subtree (or, for a branch, each member's
// lines): assessed, reduced and paid for the period's dues months and what is left of them; collected (payments and
// voluntary extras booked in the period's months); remitted up and received from below (for the period's months).
// Every figure a sum of ledger entries, corrections included, read from the units' running totals (`DuesTotal`, a
// few rows a unit and month, not every entry), so the children add up to the whole to the fen.
import { type CheckedUnit, checkedSubtree, type Scope, unitInScope } from '@strata/api';
import { type Db, whileUnchanged } from '@strata/db';
import type { z } from 'zod';
import type { periodInput, summaryResult } from '../dues-schemas';
import { memberNames } from './member-names.sql';
import { checkPeriod, periodMonths } from './period';
import { totalsByBooked, totalsByMonth } from './totals.sql';

type Figures = z.output<typeof summaryResult>['totals'];
const zero = (): Figures => ({
  assessedFen: 0,
  reducedFen: 0,
  paidFen: 0,
  leftFen: 0,
  collectedFen: 0,
  extraFen: 0,
  remittedFen: 0,
  receivedFen: 0,
});
const byMonth = {
  assessment: 'assessedFen',
  reduction: 'reducedFen',
  payment: 'paidFen',
  remittanceOut: 'remittedFen',
  remittanceIn: 'receivedFen',
} as const;
const byDay = { payment: 'collectedFen', extra: 'extraFen' } as const;

export async function summary(
  db: Db,
  scope: Scope,
  input: z.output<typeof periodInput>,
): Promise<z.output<typeof summaryResult>> {
  checkPeriod(input.from, input.to);
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  // Kept while nothing is written (whileUnchanged): a year of the municipality is a few hundred milliseconds to sum,
  // and the overview asks it on every visit. The caller's scope was checked above; the figures are the unit's alone.
  // A unit without children lists its members' lines too, kept apart: they read the entries and the registry, which
  // the units' sums do not, so a write to either leaves the municipality's figures kept.
  const key = `dues.summary ${unit.id} ${input.from} ${input.to}`;
  const figures = await whileUnchanged(db, key, () => summaryOf(db, unit, input), {
    reads: ['Unit', 'DuesTotal'],
    warm: true,
  });
  if (figures.children.length > 0) return figures;
  const members = await whileUnchanged(db, `${key} members`, () => memberLines(db, unit, input), {
    reads: ['Unit', 'DuesEntry', 'Member'],
  });
  return { ...figures, members };
}

async function summaryOf(
  db: Db,
  unit: CheckedUnit,
  input: z.output<typeof periodInput>,
): Promise<z.output<typeof summaryResult>> {
  const [units, monthly, daily] = await Promise.all([
    db.unit.findMany({
      where: checkedSubtree(unit),
      select: { id: true, path: true, name: true, kind: true, parentId: true, sort: true },
    }),
    totalsByMonth(db, unit, input.from, input.to),
    totalsByBooked(db, unit, input.from, input.to),
  ]);
  const perUnit = new Map<number, Figures>();
  const add = (unitId: number, key: keyof Figures, fen: number) => {
    const f = perUnit.get(unitId) ?? zero();
    perUnit.set(unitId, f);
    f[key] += fen;
  };
  // Sums come back as numbers (a bigint on some drivers for a large one): whole fen either way.
  for (const g of monthly) add(g.unitId, byMonth[g.kind as keyof typeof byMonth], Number(g.fen));
  // What the subtree collected in each month booked (payments and extras), the months of the period in order.
  const collectedIn = new Map<string, number>();
  for (const g of daily) {
    add(g.unitId, byDay[g.kind as keyof typeof byDay], Number(g.fen));
    collectedIn.set(g.booked, (collectedIn.get(g.booked) ?? 0) + Number(g.fen));
  }

  // Each unit's figures go to the child of the report's unit whose subtree holds it (the path's next segment).
  const children = units.filter((u) => u.parentId === unit.id).sort((a, b) => a.sort - b.sort || a.id - b.id);
  const totals = zero();
  const ofChild = new Map(children.map((c) => [c.id, zero()]));
  for (const u of units) {
    const figures = perUnit.get(u.id);
    if (!figures) continue;
    const child = ofChild.get(Number(u.path.split('/').filter(Boolean)[unit.depth + 1]));
    for (const [k, v] of Object.entries(figures)) {
      totals[k as keyof Figures] += v;
      if (child) child[k as keyof Figures] += v;
    }
  }
  const withLeft = (f: Figures) => ({ ...f, leftFen: f.assessedFen - f.reducedFen - f.paidFen });
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    from: input.from,
    to: input.to,
    totals: withLeft(totals),
    collected: periodMonths(input.from, input.to).map((month) => ({ month, fen: collectedIn.get(month) ?? 0 })),
    children: children.map((c) => ({
      unitId: c.id,
      name: c.name,
      kind: c.kind,
      ...withLeft(ofChild.get(c.id) ?? zero()),
    })),
    members: [],
  };
}

/** A branch's member lines for the period's dues months, by name. */
async function memberLines(db: Db, unit: CheckedUnit, input: { from: string; to: string }) {
  const groups = await db.duesEntry.groupBy({
    by: ['memberId', 'kind'],
    where: {
      unitId: unit.id,
      unit: checkedSubtree(unit),
      memberId: { not: null },
      month: { gte: input.from, lte: input.to },
      kind: { in: ['assessment', 'reduction', 'payment'] },
    },
    _sum: { amountFen: true },
  });
  const lines = new Map<number, { assessedFen: number; reducedFen: number; paidFen: number }>();
  for (const g of groups) {
    if (g.memberId === null) continue;
    const l = lines.get(g.memberId) ?? { assessedFen: 0, reducedFen: 0, paidFen: 0 };
    lines.set(g.memberId, l);
    const fen = g._sum.amountFen ?? 0;
    if (g.kind === 'assessment') l.assessedFen += fen;
    else if (g.kind === 'reduction') l.reducedFen += fen;
    else l.paidFen += fen;
  }
  const names = await memberNames(db, [...lines.keys()]);
  return names.map((m) => {
    const l = lines.get(m.id) ?? { assessedFen: 0, reducedFen: 0, paidFen: 0 };
    return { memberId: m.id, name: m.name, ...l, leftFen: l.assessedFen - l.reducedFen - l.paidFen };
  });
}
