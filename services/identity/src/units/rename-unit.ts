// A manager renames a unit; its place in the tree, and so everyone's scope, stays as it was. The tree's
// nameUnit holds the sibling-name rule; this is the manager's act around it: the unit looked up through their
// scope, and the audit entry.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableUnits } from './manageable-units';
import { toUnitOutput } from './unit-schemas';
import { nameUnit } from './unit-tree';

type RenameUnit = { scope: Scope; actorId: number; id: number; name: string };

export async function renameUnit(tx: Tx, { scope, actorId, id, name }: RenameUnit) {
  const { before, renamed } = await nameUnit(tx, manageableUnits(tx, scope), id, name);
  await recordAudit(tx, {
    actorId,
    unitId: renamed.id,
    action: 'unit.rename',
    entity: 'Unit',
    entityId: renamed.id,
    label: renamed.name,
    before: { name: before.name },
    after: { name: renamed.name },
  });
  return toUnitOutput(renamed);
}
