// One team as its readers see it: its details and every place in it (pending requests first), each with the
// volunteer's name and unit only. A volunteer of another township shows by name: their personal data is never read.
import { AppError, type Scope, toIso } from '@strata/api';
import type { TeamMemberStatus } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import type { VolunteersPermission } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { keysFrom } from '../people/volunteer-rules';
import type { TeamDetail } from './teams-schemas';

/** The team with its unit, through the caller's scope: one outside it answers as one that does not exist. */
export async function teamWithUnit(db: Db | Tx, scope: Scope, permission: VolunteersPermission, id: number) {
  const team = await db.volunteerTeam.findFirst({
    where: { id, ...scope.ownedWhere(permission) },
    include: { unit: { select: { name: true, path: true } } },
  });
  if (!team) throw new AppError('NOT_FOUND', volunteersMessage('teamNotFound'));
  return team;
}

const statusOrder: Record<string, number> = { pending: 0, approved: 1, declined: 2, left: 3 };

export async function getTeam(db: Db, scope: Scope, id: number): Promise<TeamDetail> {
  const team = await teamWithUnit(db, scope, 'volunteers.read', id);
  const places = await db.volunteerTeamMember.findMany({
    where: { teamId: team.id, ...scope.ownedWhere('volunteers.read') },
    select: {
      id: true,
      volunteerId: true,
      status: true,
      requestedAt: true,
      decidedAt: true,
      reason: true,
      volunteer: { select: { name: true, unit: { select: { name: true } } } },
    },
    orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
  });
  places.sort((a, b) => (statusOrder[a.status] ?? 9) - (statusOrder[b.status] ?? 9));
  return {
    id: team.id,
    name: team.name,
    unitId: team.unitId,
    unitName: team.unit.name,
    description: team.description,
    skills: keysFrom(team.skills),
    status: team.status as TeamDetail['status'],
    createdAt: toIso(team.createdAt),
    canManage: scope.covers('volunteers.manage', team.unit.path),
    members: places.map((m) => ({
      id: m.id,
      volunteerId: m.volunteerId,
      name: m.volunteer.name,
      unitName: m.volunteer.unit.name,
      status: m.status as TeamMemberStatus,
      requestedAt: toIso(m.requestedAt),
      decidedAt: toIso(m.decidedAt),
      reason: m.reason,
    })),
  };
}
