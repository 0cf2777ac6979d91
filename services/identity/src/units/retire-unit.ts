// A manager archives ("retires") a unit: it stays on record, with its data, but takes nothing new. The tree's
// archiveUnit holds the rules; this is the manager's act around it: the unit looked up through their scope,
// and the audit entry.
import { AppError, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { managesAccounts, ownGrantsNow } from '../grants/own-management';
import { manageableUnits } from './manageable-units';
import { toUnitOutput } from './unit-schemas';
import { archiveUnit } from './unit-tree';

type RetireUnit = { scope: Scope; actorId: number; id: number };

/**
 * Archiving a unit retires the grants held there: nobody archives the unit of their own last grant that
 * lets them manage accounts (only a leaf can be archived, so only grants at the unit itself retire).
 */
export function assertKeepsManagementAfterArchive(unitId: number, held: readonly { role: string; unitId: number }[]) {
  const managing = held.filter(managesAccounts);
  if (managing.length > 0 && managing.every((g) => g.unitId === unitId))
    throw new AppError('BAD_REQUEST', 'lastGrantUnit');
}

export async function retireUnit(tx: Tx, { scope, actorId, id }: RetireUnit) {
  assertKeepsManagementAfterArchive(id, await ownGrantsNow(tx, scope, actorId));
  const archived = await archiveUnit(tx, manageableUnits(tx, scope), id);
  await recordAudit(tx, {
    actorId,
    unitId: archived.id,
    action: 'unit.archive',
    entity: 'Unit',
    entityId: archived.id,
    label: archived.name,
    before: { archivedAt: null },
    after: { archivedAt: archived.archivedAt },
  });
  return toUnitOutput(archived);
}
