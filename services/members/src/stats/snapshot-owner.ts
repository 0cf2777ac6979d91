// The annual snapshot covers the whole organisation, so it belongs to the top unit: only a caller holding
// members.snapshot there takes it. Anyone else (a township's admin) is told there is nothing there, exactly as for a
// unit that does not exist.
import { type Scope, unitInScope } from '@strata/api';
import type { Db, Tx } from '@strata/db';

/** The top unit, where the caller holds members.snapshot; not found otherwise. */
export async function snapshotOwner(db: Db | Tx, scope: Scope) {
  const top = await db.unit.findFirst({ where: { parentId: null, ...scope.unitWhere('members.snapshot') } });
  return unitInScope(db, scope, 'members.snapshot', top?.id ?? 0);
}

/** Whether the caller holds members.snapshot at the top unit. */
export async function holdsSnapshot(db: Db, scope: Scope) {
  if (!scope.has('members.snapshot')) return false;
  return (await db.unit.count({ where: { parentId: null, ...scope.unitWhere('members.snapshot') } })) > 0;
}
