// The hardship requests of a unit's subtree, newest first, by state: a branch sees its own, the township the ones it
// decides (marked `canDecide`).
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { hardshipFilter, hardshipRow, hardshipStates } from '../dues-schemas';
import { parentPath } from './hardship-rules';

export async function listHardships(db: Db, scope: Scope, input: z.output<typeof hardshipFilter>) {
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const where = { unit: checkedSubtree(unit), ...(input.state ? { state: input.state } : {}) };
  const [total, rows] = await Promise.all([
    db.duesHardship.count({ where }),
    db.duesHardship.findMany({
      where,
      orderBy: [{ proposedAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      include: { member: { select: { name: true } }, unit: { select: { name: true, path: true } } },
    }),
  ]);
  const items: z.output<typeof hardshipRow>[] = rows.map((h) => {
    const parent = parentPath(h.unit.path);
    return {
      id: h.id,
      unitId: h.unitId,
      unitName: h.unit.name,
      memberId: h.memberId,
      memberName: h.member.name,
      fromMonth: h.fromMonth,
      toMonth: h.toMonth,
      payFen: h.payFen,
      reason: h.reason,
      state: h.state as (typeof hardshipStates)[number],
      proposedAt: h.proposedAt.toISOString(),
      decidedAt: h.decidedAt?.toISOString() ?? null,
      answer: h.answer,
      canDecide: h.state === 'proposed' && parent !== null && scope.covers('dues.approve', parent),
    };
  });
  return { items, total, totalIsBound: false };
}
