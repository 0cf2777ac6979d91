// The team's objects looked up through the caller's scope for a permission: one outside it is answered exactly as
// one that does not exist (the same error, the same words).
import { AppError, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { volunteersMessage } from '../locales';

/** volunteers.read: see; .pii: personal data in the clear; .manage: volunteers and teams; .organise: activities,
 * sign-ups and attendance; .certify: hours and certificates. */
export type VolunteersPermission =
  | 'volunteers.read'
  | 'volunteers.pii'
  | 'volunteers.manage'
  | 'volunteers.organise'
  | 'volunteers.certify';

export async function volunteerInScope(db: Db | Tx, scope: Scope, permission: VolunteersPermission, id: number) {
  const volunteer = await db.volunteer.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('volunteerNotFound'));
  return volunteer;
}

export async function teamInScope(db: Db | Tx, scope: Scope, permission: VolunteersPermission, id: number) {
  const team = await db.volunteerTeam.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!team) throw new AppError('NOT_FOUND', volunteersMessage('teamNotFound'));
  return team;
}

export async function activityInScope(db: Db | Tx, scope: Scope, permission: VolunteersPermission, id: number) {
  const activity = await db.activity.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!activity) throw new AppError('NOT_FOUND', volunteersMessage('activityNotFound'));
  return activity;
}
