// Giving an account a role at a unit. Adding a grant it already holds changes nothing and answers the same.
import {
  assertActiveUnit,
  fieldError,
  notFound,
  recordAudit,
  type Scope,
  sessionsChanged,
  unitInScope,
} from '@strata/api';
import type { Tx, Unit } from '@strata/db';
import type { NewGrant } from './grant-schemas';

type AddGrant = { scope: Scope; actorId: number; input: NewGrant };

/**
 * Nobody hands out more than they hold: every permission of the role must be theirs at that unit, and a
 * root-only role goes nowhere but the root (Scope.mayGrant).
 */
export function assertGrantable(scope: Scope, role: string, unit: Pick<Unit, 'path' | 'depth'>) {
  if (!scope.mayGrant(role, unit)) throw fieldError('role', 'roleNotGrantable');
}

export async function addGrant(tx: Tx, { scope, actorId, input }: AddGrant) {
  const user = await tx.user.findFirst({ where: { id: input.userId, ...scope.ownedWhere('user.manage') } });
  if (!user) throw notFound();
  const unit = await unitInScope(tx, scope, 'user.manage', input.unitId);
  assertActiveUnit(unit, 'unitId');
  assertGrantable(scope, input.role, unit);
  const answer = (id: number) => ({ id, role: input.role, unitId: unit.id, unitName: unit.name });
  const held = await tx.grant.findFirst({
    where: { userId: user.id, role: input.role, unitId: unit.id, ...scope.ownedWhere('user.manage') },
  });
  if (held) return answer(held.id);
  const grant = await tx.grant.create({ data: { userId: user.id, role: input.role, unitId: unit.id } });
  await sessionsChanged(tx, { userId: user.id });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'grant.add',
    entity: 'Grant',
    entityId: grant.id,
    label: user.displayName,
    labelUnitId: user.unitId,
    after: { userId: user.id, role: input.role, unitId: unit.id },
  });
  return answer(grant.id);
}
