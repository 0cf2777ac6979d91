// Remittances of a unit: those its subtree sent up (`sent`), or those it received from its children (`received`),
// newest month first, each with what arrived and the difference.
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db, Prisma } from '@strata/db';
import type { z } from 'zod';
import type { remittanceFilter, remittanceRow } from '../dues-schemas';

export async function listRemittances(db: Db, scope: Scope, input: z.output<typeof remittanceFilter>) {
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const where: Prisma.DuesRemittanceWhereInput = {
    unit: checkedSubtree(unit),
    ...(input.direction === 'received' ? { toUnitId: unit.id } : {}),
    ...(input.period ? { period: input.period } : {}),
  };
  const [total, rows] = await Promise.all([
    db.duesRemittance.count({ where }),
    db.duesRemittance.findMany({
      where,
      orderBy: [{ period: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      include: { unit: { select: { name: true } } },
    }),
  ]);
  const receivers = await db.unit.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.toUnitId))] }, ...scope.unitWhere('dues.read') },
    select: { id: true, name: true },
  });
  const nameOf = new Map(receivers.map((u) => [u.id, u.name]));
  const items: z.output<typeof remittanceRow>[] = rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: r.unit.name,
    toUnitId: r.toUnitId,
    toUnitName: nameOf.get(r.toUnitId) ?? null,
    period: r.period,
    amountFen: r.amountFen,
    sentOn: r.sentOn,
    receivedFen: r.receivedFen,
    receivedOn: r.receivedOn,
    differenceFen: r.receivedFen === null ? null : r.receivedFen - r.amountFen,
    note: r.note,
  }));
  return { items, total, totalIsBound: false };
}
