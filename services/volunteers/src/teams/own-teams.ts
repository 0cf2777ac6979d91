// A volunteer's own side of teams, across scopes: any signed-in account browses the active teams of every unit; a
// volunteer (their account's profile, never an id the browser sends) asks to join one, leaves one, and reads their own
// places. A request goes to the team's unit, which decides it (memberships.ts). Each step is audited in the team's
// unit, by the account.
import { AppError, type Page, recordAudit, runTransaction, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import { volunteersMessage } from '../locales';
import { ownVolunteer } from '../people/own-profile';
import { keysFrom } from '../people/volunteer-rules';
import { joinStep, leavable } from './membership-rules';
import type { BrowsedTeam, OwnMembership, TeamBrowse } from './teams-schemas';

export async function browseTeams(db: Db, accountId: number, input: TeamBrowse): Promise<Page<BrowsedTeam>> {
  const where = { status: 'active', ...(input.q ? { name: { contains: input.q } } : {}) };
  const [teams, total, volunteer] = await Promise.all([
    db.volunteerTeam.findMany({
      where,
      orderBy: [{ nameKey: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        name: true,
        unitId: true,
        description: true,
        skills: true,
        unit: { select: { name: true } },
        _count: { select: { members: { where: { status: 'approved' } } } },
      },
    }),
    db.volunteerTeam.count({ where }),
    db.volunteer.findUnique({ where: { accountId }, select: { id: true } }),
  ]);
  const mine = volunteer
    ? await db.volunteerTeamMember.findMany({
        where: { volunteerId: volunteer.id, teamId: { in: teams.map((t) => t.id) } },
        select: { teamId: true, status: true },
      })
    : [];
  const statusOf = new Map(mine.map((m) => [m.teamId, m.status as BrowsedTeam['myStatus']]));
  return {
    items: teams.map((t) => ({
      id: t.id,
      name: t.name,
      unitId: t.unitId,
      unitName: t.unit.name,
      description: t.description,
      skills: keysFrom(t.skills),
      members: t._count.members,
      myStatus: statusOf.get(t.id) ?? null,
    })),
    total,
    totalIsBound: false,
  };
}

/** The team asked about: one that does not exist is `teamNotFound`; an archived one takes nobody. */
async function teamOf(db: Db, teamId: number) {
  const team = await db.volunteerTeam.findUnique({ where: { id: teamId } });
  if (!team) throw new AppError('NOT_FOUND', volunteersMessage('teamNotFound'));
  return team;
}

/** The caller asks to join: a pending request, made anew or again (after a decline or after leaving). */
export async function joinTeam(db: Db, accountId: number, teamId: number, now: Date) {
  const volunteer = await ownVolunteer(db, accountId);
  const team = await teamOf(db, teamId);
  if (team.status !== 'active') throw new AppError('BAD_REQUEST', volunteersMessage('teamArchived'));
  if (volunteer.status !== 'active') throw new AppError('BAD_REQUEST', volunteersMessage('volunteerInactive'));
  return runTransaction(db, async (tx) => {
    const current = await tx.volunteerTeamMember.findUnique({
      where: { teamId_volunteerId: { teamId: team.id, volunteerId: volunteer.id } },
    });
    const step = joinStep(current?.status ?? null);
    if ('refuse' in step) throw new AppError('BAD_REQUEST', volunteersMessage(step.refuse));
    const asked = { status: 'pending', reason: '', requestedAt: now, decidedAt: null, decidedById: null };
    let id: number;
    if (current) {
      id = current.id;
      const { count } = await tx.volunteerTeamMember.updateMany({
        where: { id, status: current.status },
        data: asked,
      });
      if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('joinPending'));
    } else {
      ({ id } = await tx.volunteerTeamMember.create({
        data: { unitId: team.unitId, teamId: team.id, volunteerId: volunteer.id, ...asked },
        select: { id: true },
      }));
    }
    await recordAudit(tx, {
      actorId: accountId,
      unitId: team.unitId,
      action: 'team.join',
      entity: 'VolunteerTeamMember',
      entityId: id,
      label: volunteer.name,
      labelUnitId: volunteer.unitId,
      before: current ? { status: current.status } : undefined,
      after: { teamId: team.id, teamName: team.name, status: 'pending' },
    });
    return { id };
  });
}

/** The caller leaves the team (or withdraws a request to join it). */
export async function leaveTeam(db: Db, accountId: number, teamId: number, now: Date) {
  const volunteer = await ownVolunteer(db, accountId);
  const team = await teamOf(db, teamId);
  return runTransaction(db, async (tx) => {
    const current = await tx.volunteerTeamMember.findUnique({
      where: { teamId_volunteerId: { teamId: team.id, volunteerId: volunteer.id } },
    });
    if (!current || !leavable.includes(current.status as (typeof leavable)[number]))
      throw new AppError('BAD_REQUEST', volunteersMessage('notInTeam'));
    const { count } = await tx.volunteerTeamMember.updateMany({
      where: { id: current.id, status: current.status },
      data: { status: 'left', reason: '', decidedAt: now, decidedById: accountId },
    });
    if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('notInTeam'));
    await recordAudit(tx, {
      actorId: accountId,
      unitId: team.unitId,
      action: 'team.leave',
      entity: 'VolunteerTeamMember',
      entityId: current.id,
      label: volunteer.name,
      labelUnitId: volunteer.unitId,
      before: { status: current.status },
      after: { teamId: team.id, teamName: team.name, status: 'left' },
    });
    return { id: current.id };
  });
}

/** The caller's own places in teams, newest request first. */
export async function ownMemberships(db: Db, accountId: number): Promise<OwnMembership[]> {
  const volunteer = await ownVolunteer(db, accountId);
  const places = await db.volunteerTeamMember.findMany({
    where: { volunteerId: volunteer.id },
    select: {
      id: true,
      teamId: true,
      status: true,
      requestedAt: true,
      decidedAt: true,
      reason: true,
      team: { select: { name: true, unit: { select: { name: true } } } },
    },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
  });
  return places.map((m) => ({
    id: m.id,
    teamId: m.teamId,
    teamName: m.team.name,
    unitName: m.team.unit.name,
    status: m.status as OwnMembership['status'],
    requestedAt: toIso(m.requestedAt),
    decidedAt: toIso(m.decidedAt),
    reason: m.reason,
  }));
}
