// Who may manage an account (rename, disable, reset its password): a caller with user.manage at its home
// unit who also covers EVERY grant it holds, the rule for granting. Otherwise a township admin could reset
// the password of an account that also holds a role elsewhere, sign in with it and act there.

import type { SystemOperations } from '@strata/api';
import { AppError, notFound, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';

type HeldGrant = { role: string; unit: { path: string; depth: number } };

/** The caller may manage an account only if they could have granted each of its grants themselves. */
export function assertMayManage(scope: Scope, grants: readonly HeldGrant[]) {
  if (!grants.every((g) => scope.mayGrant(g.role, g.unit))) throw new AppError('FORBIDDEN', 'accountBeyondScope');
}

/** The account's id once the caller may manage it; a foreign account is reported as missing. */
export async function manageableAccount(tx: Tx, system: SystemOperations, scope: Scope, userId: number) {
  const user = await tx.user.findFirst({ where: { id: userId, ...scope.ownedWhere('user.manage') } });
  if (!user) throw notFound();
  assertMayManage(scope, await system.accounts.grantsHeldBy(user.id));
  return user;
}
