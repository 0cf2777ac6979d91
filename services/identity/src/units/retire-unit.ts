// A manager archives ("retires") a unit: it stays on record, with its data, but takes nothing new. The tree's
// archiveUnit holds the rules; this is the manager's act around it: the unit looked up through their scope,
// and the audit entry.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableUnits } from './manageable-units';
import { toUnitOutput } from './unit-schemas';
import { archiveUnit } from './unit-tree';

type RetireUnit = { scope: Scope; actorId: number; id: number };

export async function retireUnit(tx: Tx, { scope, actorId, id }: RetireUnit) {
  const archived = await archiveUnit(tx, manageableUnits(tx, scope), id);
  await recordAudit(tx, {
    actorId,
    unitId: archived.id,
    action: 'unit.archive',
    entity: 'Unit',
    entityId: archived.id,
    before: { archivedAt: null },
    after: { archivedAt: archived.archivedAt },
  });
  return toUnitOutput(archived);
}
