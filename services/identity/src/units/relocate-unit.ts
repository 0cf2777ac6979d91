// A manager moves a unit, with its whole subtree, under another parent. The tree's moveUnit does the move and
// holds its rules; this is the manager's act around it: both units looked up through their scope, and the
// audit entry of where it was and where it went.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableUnits } from './manageable-units';
import { toUnitOutput } from './unit-schemas';
import { moveUnit } from './unit-tree';

type RelocateUnit = { scope: Scope; actorId: number; id: number; parentId: number };

export async function relocateUnit(tx: Tx, { scope, actorId, id, parentId }: RelocateUnit) {
  const { before, moved } = await moveUnit(tx, manageableUnits(tx, scope), id, parentId);
  await recordAudit(tx, {
    actorId,
    unitId: moved.id,
    action: 'unit.move',
    entity: 'Unit',
    entityId: moved.id,
    label: moved.name,
    before: { parentId: before.parentId, path: before.path },
    after: { parentId: moved.parentId, path: moved.path },
  });
  return toUnitOutput(moved);
}
