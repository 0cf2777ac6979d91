// A manager restores a unit archived by mistake: the same permission as archiving, through their scope. The
// tree's restoreArchivedUnit holds the rules (an active parent, a name no active sibling uses); this is the
// manager's act around it, with its one audit entry.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableUnits } from './manageable-units';
import { toUnitOutput } from './unit-schemas';
import { restoreArchivedUnit } from './unit-tree';

type RestoreUnit = { scope: Scope; actorId: number; id: number };

export async function restoreUnit(tx: Tx, { scope, actorId, id }: RestoreUnit) {
  const { before, restored } = await restoreArchivedUnit(tx, manageableUnits(tx, scope), id);
  await recordAudit(tx, {
    actorId,
    unitId: restored.id,
    action: 'unit.restore',
    entity: 'Unit',
    entityId: restored.id,
    label: restored.name,
    before: { archivedAt: before.archivedAt },
    after: { archivedAt: null },
  });
  return toUnitOutput(restored);
}
