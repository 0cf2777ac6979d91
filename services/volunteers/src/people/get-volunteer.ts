// One volunteer as the profile shows them: every field but the personal ones in the clear, those masked (revealed only
// by an audited step, for a caller who holds volunteers.pii at the volunteer's unit), the teams the reader may see,
// and the linked account, named where the reader's grant reaches the account's unit.
import { AppError, type Scope, toIso } from '@strata/api';
import type { TeamMemberStatus } from '@strata/contract';
import type { Db, Prisma, Tx } from '@strata/db';
import type { VolunteersPermission } from '../common/in-scope';
import { volunteerPii } from '../common/personal-data';
import { volunteersMessage } from '../locales';
import type { OwnProfile, VolunteerProfile } from './people-schemas';
import { keysFrom } from './volunteer-rules';

/**
 * The volunteer with their unit, looked up through the caller's scope for `permission`: one of a unit outside it is
 * answered exactly as one that does not exist (the words of volunteerInScope).
 */
export async function volunteerWithUnit(db: Db | Tx, scope: Scope, permission: VolunteersPermission, id: number) {
  const volunteer = await db.volunteer.findFirst({
    where: { id, ...scope.ownedWhere(permission) },
    include: { unit: { select: { id: true, name: true, path: true } } },
  });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('volunteerNotFound'));
  return volunteer;
}

/** A volunteer's row as Prisma reads it. */
type Volunteer = Prisma.VolunteerGetPayload<object>;

/** A membership as a profile lists it. */
export type TeamPlace = { teamId: number; status: string; team: { name: string; unit: { name: string } } };

/** The fields a profile shows to everyone who may see it: personal data masked. */
export function profileOf(volunteer: Volunteer, unitName: string, teams: TeamPlace[]): NonNullable<OwnProfile> {
  const pii = volunteerPii.masked(volunteer);
  return {
    id: volunteer.id,
    unitId: volunteer.unitId,
    unitName,
    name: volunteer.name,
    gender: volunteer.gender as VolunteerProfile['gender'],
    idNumber: pii.idNumber,
    phone: pii.phone,
    address: pii.address,
    skills: keysFrom(volunteer.skills),
    availability: keysFrom(volunteer.availability),
    serviceArea: volunteer.serviceArea,
    status: volunteer.status as VolunteerProfile['status'],
    memberId: volunteer.memberId,
    joinedOn: volunteer.joinedOn,
    teams: teams.map((m) => ({
      teamId: m.teamId,
      teamName: m.team.name,
      unitName: m.team.unit.name,
      status: m.status as TeamMemberStatus,
    })),
  };
}

/** The selection of a profile's teams (a membership's team and its unit's name). */
export const teamPlaceSelect = {
  teamId: true,
  status: true,
  team: { select: { name: true, unit: { select: { name: true } } } },
} as const;

export async function getVolunteer(db: Db, scope: Scope, id: number): Promise<VolunteerProfile> {
  const volunteer = await volunteerWithUnit(db, scope, 'volunteers.read', id);
  const [teams, account] = await Promise.all([
    // The teams the reader may see: a team of another township is not named.
    db.volunteerTeamMember.findMany({
      where: { volunteerId: volunteer.id, ...scope.ownedWhere('volunteers.read') },
      select: teamPlaceSelect,
      orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
    }),
    volunteer.accountId === null
      ? null
      : db.user.findFirst({
          where: { id: volunteer.accountId, ...scope.ownedWhere('volunteers.read') },
          select: { id: true, username: true, displayName: true },
        }),
  ]);
  return {
    ...profileOf(volunteer, volunteer.unit.name, teams),
    accountLinked: volunteer.accountId !== null,
    account,
    canReveal: scope.covers('volunteers.pii', volunteer.unit.path),
    canManage: scope.covers('volunteers.manage', volunteer.unit.path),
    createdAt: toIso(volunteer.createdAt),
    updatedAt: toIso(volunteer.updatedAt),
  };
}
