// The caller's own volunteer profile, across scopes: an account holds no volunteers grant for itself, so its profile
// is read by the account's link (`Volunteer.accountId`), never by an id the browser sends. Registering oneself makes
// that profile in the account's home unit, with the same checks as a coordinator's registration.
import { AppError, runTransaction } from '@strata/api';
import type { Db } from '@strata/db';
import { volunteersMessage } from '../locales';
import { type Registry, registerVolunteer } from './create-volunteer';
import { profileOf, teamPlaceSelect } from './get-volunteer';
import type { OwnProfile, SelfRegistration } from './people-schemas';

/** The caller's volunteer profile, or `volunteers.notAVolunteer` (NOT_FOUND) when the account has none. */
export async function ownVolunteer(db: Db, accountId: number) {
  const volunteer = await db.volunteer.findUnique({ where: { accountId } });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('notAVolunteer'));
  return volunteer;
}

/** The caller's profile with every team they are in or asked to join, or null (the console offers to register). */
export async function ownProfile(db: Db, accountId: number): Promise<OwnProfile> {
  const volunteer = await db.volunteer.findUnique({
    where: { accountId },
    include: { unit: { select: { name: true } } },
  });
  if (!volunteer) return null;
  const teams = await db.volunteerTeamMember.findMany({
    where: { volunteerId: volunteer.id },
    select: teamPlaceSelect,
    orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
  });
  return profileOf(volunteer, volunteer.unit.name, teams);
}

/**
 * The caller registers themself in their home unit: once per account (`volunteers.alreadyAVolunteer`), and not in an
 * archived unit (`volunteers.noHomeUnit`). Audited `volunteer.register`, by and for the account.
 */
export async function registerSelf(db: Db, registry: Registry, accountId: number, now: Date, input: SelfRegistration) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: accountId },
    select: { id: true, unit: { select: { id: true, archivedAt: true } } },
  });
  if (user.unit.archivedAt) throw new AppError('BAD_REQUEST', volunteersMessage('noHomeUnit'));
  if (await db.volunteer.findUnique({ where: { accountId }, select: { id: true } }))
    throw new AppError('CONFLICT', volunteersMessage('alreadyAVolunteer'));
  return runTransaction(db, (tx) =>
    registerVolunteer(
      tx,
      registry,
      { actorId: user.id, now, accountId: user.id, action: 'volunteer.register' },
      user.unit.id,
      input,
    ),
  );
}
