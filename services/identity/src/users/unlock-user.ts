// Lifting a lock left by failed sign-ins, without touching the password: for a user who remembers it again
// (or was locked by someone guessing). Only a caller who may manage the account (see manageable-account.ts).
import { recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { clearAccount, lockedUsernames } from '../auth/sign-in-counters';
import { manageableAccount } from './manageable-account';
import { toUserRow, userInclude } from './user-schemas';

type UnlockUser = { scope: Scope; system: SystemOperations; actorId: number; userId: number };

/** The account's row after; an account that is not locked answers the same and writes nothing. */
export async function unlockUser(tx: Tx, { scope, system, actorId, userId }: UnlockUser) {
  await manageableAccount(tx, system, scope, userId);
  const user = await tx.user.findFirstOrThrow({
    where: { id: userId, ...scope.ownedWhere('user.manage') },
    include: userInclude(scope),
  });
  const grantTotal = (await system.accounts.grantTotals([user.id])).get(user.id) ?? 0;
  if (!(await lockedUsernames(tx, [user.username])).has(user.username)) return toUserRow(user, { grantTotal });
  await clearAccount(tx, user.username);
  await recordAudit(tx, {
    actorId,
    unitId: user.unitId,
    action: 'user.unlock',
    entity: 'User',
    entityId: user.id,
    label: user.displayName,
  });
  return toUserRow(user, { locked: false, grantTotal });
}
