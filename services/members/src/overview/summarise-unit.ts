// A unit in the caller's scope and how many units its subtree holds (the first procedure of a new team).
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';

export async function summariseUnit(db: Db, { scope, unitId }: { scope: Scope; unitId: number }) {
  const unit = await unitInScope(db, scope, 'members.read', unitId);
  return { unitId: unit.id, units: await db.unit.count({ where: checkedSubtree(unit) }) };
}
