// An administrator sets a new password for an account they may manage (see manageable-account.ts). Whoever
// knew the old one is out: every session ends, and the account must choose its own password at next sign-in.
// A lock from failed sign-ins is lifted, since the reset is how a locked-out user gets back in.
import { recordAudit, type Scope, type SystemOperations, sessionsChanged } from '@strata/api';
import type { Tx } from '@strata/db';
import { clearAccount } from '../auth/sign-in-counters';
import { manageableAccount } from './manageable-account';

type ResetPassword = {
  scope: Scope;
  system: SystemOperations;
  actorId: number;
  userId: number;
  /** Hashed before the transaction: slow work that a retried transaction should not repeat. */
  passwordHash: string;
};

export async function resetPassword(tx: Tx, { scope, system, actorId, userId, passwordHash }: ResetPassword) {
  await manageableAccount(tx, system, scope, userId);
  const user = await tx.user.update({
    where: { id: userId, ...scope.ownedWhere('user.manage') },
    data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true },
  });
  await tx.session.deleteMany({ where: { userId: user.id } });
  await sessionsChanged(tx, { userId: user.id });
  await clearAccount(tx, user.username);
  await recordAudit(tx, {
    actorId,
    unitId: user.unitId,
    action: 'user.resetPassword',
    entity: 'User',
    entityId: user.id,
    label: user.displayName,
  });
}
