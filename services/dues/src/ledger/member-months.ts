// What the books say of members' months: per member and dues month, the net of each kind (corrections included, as
// they carry the opposite amount), and from it what is owed and what is left. Read under the held books when a
// write depends on it.
import { type CheckedUnit, checkedSubtree } from '@strata/api';
import type { Db, Tx } from '@strata/db';

export type MonthTotals = { assessedFen: number; reducedFen: number; paidFen: number; extraFen: number };
const none = (): MonthTotals => ({ assessedFen: 0, reducedFen: 0, paidFen: 0, extraFen: 0 });
const field = { assessment: 'assessedFen', reduction: 'reducedFen', payment: 'paidFen', extra: 'extraFen' } as const;

/** What is still owed for a month: assessed less reductions and payments (never below nothing). */
export const leftOf = (t: Pick<MonthTotals, 'assessedFen' | 'reducedFen' | 'paidFen'>) =>
  Math.max(0, t.assessedFen - t.reducedFen - t.paidFen);

/** Per member (then month, YYYY-MM), the unit's member lines, optionally of some members or months only. */
export async function memberMonths(
  tx: Db | Tx,
  unit: CheckedUnit,
  filter: { memberIds?: readonly number[]; months?: readonly string[] } = {},
): Promise<Map<number, Map<string, MonthTotals>>> {
  const groups = await tx.duesEntry.groupBy({
    by: ['memberId', 'month', 'kind'],
    where: {
      unitId: unit.id,
      unit: checkedSubtree(unit),
      kind: { in: Object.keys(field) },
      ...(filter.memberIds ? { memberId: { in: [...filter.memberIds] } } : { memberId: { not: null } }),
      ...(filter.months ? { month: { in: [...filter.months] } } : {}),
    },
    _sum: { amountFen: true },
  });
  const byMember = new Map<number, Map<string, MonthTotals>>();
  for (const g of groups) {
    if (g.memberId === null) continue;
    const months = byMember.get(g.memberId) ?? new Map<string, MonthTotals>();
    byMember.set(g.memberId, months);
    const totals = months.get(g.month) ?? none();
    months.set(g.month, totals);
    totals[field[g.kind as keyof typeof field]] += g._sum.amountFen ?? 0;
  }
  return byMember;
}
