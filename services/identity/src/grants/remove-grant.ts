// Taking a role away from an account.
import { AppError, notFound, recordAudit, rolePermissions, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';

type RemoveGrant = { scope: Scope; actorId: number; id: number };

/**
 * Nobody removes their own last grant that lets them manage accounts: one click would lock them out of the
 * very work they are doing. Another manager may remove it, or they may once they hold another.
 */
export function assertKeepsOwnManagement(grant: { id: number; userId: number }, actorId: number, scope: Scope) {
  if (grant.userId !== actorId) return;
  const managing = scope.grants.filter((g) => (rolePermissions[g.role] as readonly string[]).includes('user.manage'));
  if (managing.length <= 1 && managing[0]?.id === grant.id) throw new AppError('BAD_REQUEST', 'lastGrant');
}

export async function removeGrant(tx: Tx, { scope, actorId, id }: RemoveGrant) {
  const grant = await tx.grant.findFirst({ where: { id, ...scope.ownedWhere('user.manage') } });
  if (!grant) throw notFound();
  assertKeepsOwnManagement(grant, actorId, scope);
  await tx.grant.delete({ where: { id: grant.id, ...scope.ownedWhere('user.manage') } });
  await recordAudit(tx, {
    actorId,
    unitId: grant.unitId,
    action: 'grant.remove',
    entity: 'Grant',
    entityId: grant.id,
    before: { userId: grant.userId, role: grant.role, unitId: grant.unitId },
  });
}
