// Taking a role away from an account.
import { AppError, notFound, recordAudit, type Scope, sessionsChanged } from '@strata/api';
import type { Tx } from '@strata/db';
import { managesAccounts, ownGrantsNow } from './own-management';

type RemoveGrant = { scope: Scope; actorId: number; id: number };

/**
 * Nobody removes their own last grant that lets them manage accounts: one click would lock them out of the
 * very work they are doing. Another manager may remove it, or they may once they hold another.
 */
export function assertKeepsOwnManagement(
  grant: { id: number; userId: number },
  actorId: number,
  held: readonly { id: number; role: string }[],
) {
  if (grant.userId !== actorId) return;
  const managing = held.filter(managesAccounts);
  if (managing.length <= 1 && managing[0]?.id === grant.id) throw new AppError('BAD_REQUEST', 'lastGrant');
}

export async function removeGrant(tx: Tx, { scope, actorId, id }: RemoveGrant) {
  const grant = await tx.grant.findFirst({
    where: { id, ...scope.ownedWhere('user.manage') },
    include: { user: { select: { displayName: true, unitId: true } } },
  });
  if (!grant) throw notFound();
  if (grant.userId === actorId) {
    // Decide on the grants held now, not those the session loaded: a concurrent removal may have taken one.
    assertKeepsOwnManagement(grant, actorId, await ownGrantsNow(tx, scope, actorId));
  }
  await tx.grant.delete({ where: { id: grant.id, ...scope.ownedWhere('user.manage') } });
  await sessionsChanged(tx, { userId: grant.userId });
  await recordAudit(tx, {
    actorId,
    unitId: grant.unitId,
    action: 'grant.remove',
    entity: 'Grant',
    entityId: grant.id,
    label: grant.user.displayName,
    labelUnitId: grant.user.unitId,
    before: { userId: grant.userId, role: grant.role, unitId: grant.unitId },
  });
}
