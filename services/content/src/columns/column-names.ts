// Readers tell a unit's columns apart by name, so a name is used once per unit (another unit may reuse it).
// Names compare as sibling units' names do (nameKey of @strata/contract: trimmed, full-width folded, Latin in
// any case). The database holds the exact rule (@@unique([unitId, name])); checking first makes it a field error.
import { conflict, type Scope } from '@strata/api';
import { nameKey } from '@strata/contract';
import type { Tx } from '@strata/db';
import { contentMessage } from '../locales';

/** Refuses `name` when another column of the unit (not `selfId`, the one being renamed) has the same name. */
export async function assertColumnNameFree(tx: Tx, scope: Scope, unitId: number, name: string, selfId?: number) {
  const columns = await tx.column.findMany({
    where: { unitId, ...scope.ownedWhere('content.manage') },
    select: { id: true, name: true },
  });
  const key = nameKey(name);
  if (columns.some((column) => column.id !== selfId && nameKey(column.name) === key))
    throw conflict(contentMessage('columnNameTaken'), 'name');
}
