// The reconciliation of a unit's remittances with its children's: per child, what it sent up for the period's months
// (its `remittanceOut` entries naming the unit) against what the unit recorded receiving from it (its `remittanceIn`
// entries naming the child), to the fen, with the difference, what was sent but not yet confirmed, and the ended
// months for which the child sent nothing.
import { checkedSubtree, type Scope, todayOf, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { periodInput, reconciliationResult } from '../dues-schemas';
import { reconcile } from '../ledger/reconcile';
import { checkPeriod, endedMonths } from './period';

export async function reconciliation(
  db: Db,
  scope: Scope,
  input: z.output<typeof periodInput>,
  now: Date,
): Promise<z.output<typeof reconciliationResult>> {
  checkPeriod(input.from, input.to);
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const within = { unit: checkedSubtree(unit) };
  const months = { gte: input.from, lte: input.to };
  const [children, sent, received, remittances] = await Promise.all([
    db.unit.findMany({
      where: { parentId: unit.id, ...checkedSubtree(unit) },
      select: { id: true, name: true },
      orderBy: [{ sort: 'asc' }, { id: 'asc' }],
    }),
    db.duesEntry.groupBy({
      by: ['unitId'],
      where: { ...within, kind: 'remittanceOut', counterpartUnitId: unit.id, month: months },
      _sum: { amountFen: true },
    }),
    db.duesEntry.groupBy({
      by: ['counterpartUnitId'],
      where: { ...within, unitId: unit.id, kind: 'remittanceIn', month: months },
      _sum: { amountFen: true },
    }),
    db.duesRemittance.findMany({
      where: { ...within, toUnitId: unit.id, period: months },
      select: { unitId: true, period: true, receivedSeq: true },
    }),
  ]);
  const result = reconcile(
    unit.id,
    children.map((c) => c.id),
    sent.map((s) => ({ unitId: s.unitId, counterpartUnitId: unit.id, amountFen: s._sum.amountFen ?? 0 })),
    received.map((r) => ({
      unitId: unit.id,
      counterpartUnitId: r.counterpartUnitId ?? 0,
      amountFen: r._sum.amountFen ?? 0,
    })),
  );
  const ended = endedMonths(input.from, input.to, todayOf({ now }).slice(0, 7));
  const nameOf = new Map(children.map((c) => [c.id, c.name]));
  return {
    unit: { id: unit.id, name: unit.name },
    from: input.from,
    to: input.to,
    rows: result.rows.map((row) => {
      const mine = remittances.filter((r) => r.unitId === row.childId);
      const periods = new Set(mine.map((r) => r.period));
      return {
        ...row,
        childName: nameOf.get(row.childId) ?? '',
        unreceived: mine.filter((r) => r.receivedSeq === null).length,
        missing: ended.filter((m) => !periods.has(m)),
      };
    }),
    sentFen: result.sentFen,
    receivedFen: result.receivedFen,
    differing: result.differing,
  };
}
