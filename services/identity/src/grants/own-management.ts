// Nobody locks themselves out of the work they are doing: the grants that let the caller manage accounts
// are read inside the transaction, with the account locked, before an act that could take the last one.
import { roleCatalog, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { lockAccount } from './own-management.sql';

/** Whether a grant lets its holder manage accounts. */
export const managesAccounts = (grant: { role: string }) =>
  roleCatalog().permissionsOf(grant.role).includes('user.manage');

/** The caller's grants at active units, as they stand now (not as the session loaded them). */
export async function ownGrantsNow(tx: Tx, scope: Scope, actorId: number) {
  await lockAccount(tx, actorId);
  return tx.grant.findMany({
    where: { userId: actorId, unit: { ...scope.unitWhere('user.manage'), archivedAt: null } },
    select: { id: true, role: true, unitId: true },
  });
}
