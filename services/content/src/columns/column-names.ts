// Readers tell a unit's columns apart by name, so a name is used once per unit (another unit may reuse it).
// The database holds the same rule (@@unique([unitId, name])); checking first makes it a field error.
import { conflict, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { contentMessage } from '../locales';

export async function assertColumnNameFree(tx: Tx, scope: Scope, unitId: number, name: string) {
  const clash = await tx.column.count({ where: { unitId, name, ...scope.ownedWhere('content.manage') } });
  if (clash) throw conflict(contentMessage('columnNameTaken'), 'name');
}
