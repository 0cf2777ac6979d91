// A manager renames a unit; its place in the tree, and so everyone's scope, stays as it was.
import { recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { toUnitOutput } from './unit-schemas';

type RenameUnit = { scope: Scope; actorId: number; id: number; name: string };

export async function renameUnit(tx: Tx, { scope, actorId, id, name }: RenameUnit) {
  const before = await unitInScope(tx, scope, 'unit.manage', id);
  const unit = await tx.unit.update({
    where: { id: before.id, ...scope.unitWhere('unit.manage') },
    data: { name },
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'unit.rename',
    entity: 'Unit',
    entityId: unit.id,
    before: { name: before.name },
    after: { name: unit.name },
  });
  return toUnitOutput(unit);
}
