// Renaming, disabling or enabling an account the caller may manage (see manageable-account.ts).
import { fieldError, recordAudit, type Scope, type SystemOperations, sessionsChanged } from '@strata/api';
import type { Tx } from '@strata/db';
import { manageableAccount } from './manageable-account';
import { toUserRow, type UserChanges, userInclude } from './user-schemas';

type UpdateUser = { scope: Scope; system: SystemOperations; actorId: number; input: UserChanges };

/** When an account counts as disabled since: the first time it was disabled, kept while it stays so. */
export function disabledSince(current: Date | null, disabled: boolean, now: Date): Date | null {
  return disabled ? (current ?? now) : null;
}

/** Disabling one's own account would sign the caller out for good: another manager does it. */
export function assertNotDisablingSelf(actorId: number, input: Pick<UserChanges, 'id' | 'disabled'>) {
  if (input.disabled && input.id === actorId) throw fieldError('disabled', 'cannotDisableSelf');
}

export async function updateUser(tx: Tx, { scope, system, actorId, input }: UpdateUser) {
  assertNotDisablingSelf(actorId, input);
  const include = userInclude(scope);
  await manageableAccount(tx, system, scope, input.id);
  const before = await tx.user.findFirstOrThrow({
    where: { id: input.id, ...scope.ownedWhere('user.manage') },
    include,
  });
  const user = await tx.user.update({
    where: { id: input.id, ...scope.ownedWhere('user.manage') },
    data: { displayName: input.displayName, disabledAt: disabledSince(before.disabledAt, input.disabled, new Date()) },
    include,
  });
  // A disabled account is signed out everywhere at once, not when its sessions expire.
  if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
  // Its sessions carry its name (and a disabled account has none).
  await sessionsChanged(tx, { userId: user.id });
  await recordAudit(tx, {
    actorId,
    unitId: user.unitId,
    action: 'user.update',
    entity: 'User',
    entityId: user.id,
    label: user.displayName,
    before: toUserRow(before),
    after: toUserRow(user),
  });
  return toUserRow(user);
}
