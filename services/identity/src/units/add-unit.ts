// A manager adds a unit to the tree. The tree's createUnit places it (the demo seed shares that step); this is
// the manager's act around it: the parent looked up through their scope, other services' per-unit defaults
// (the content service's columns), and the audit entry, all in the one transaction.
import { recordAudit, type Scope, unitCreated } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableUnits } from './manageable-units';
import { type NewUnit, toUnitOutput } from './unit-schemas';
import { createUnit } from './unit-tree';

type AddUnit = { scope: Scope; actorId: number; input: NewUnit };

export async function addUnit(tx: Tx, { scope, actorId, input }: AddUnit) {
  const unit = await createUnit(tx, manageableUnits(tx, scope), input.parentId, input.kind, input.name);
  await unitCreated(tx, unit);
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'unit.create',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    after: unit,
  });
  return toUnitOutput(unit);
}
