// A team's unit runs its places: it decides requests to join (approve, or decline with a reason), adds a volunteer it
// can see (approved at once) and removes a member (left, with a reason). The membership belongs to the team's unit;
// the volunteer may belong to another (their name is shown, their personal data never read). Each step is audited in
// the team's unit, the volunteer's name labelled as of their own unit.
import { AppError, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { teamInScope, volunteerInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { addStep, decisionOf } from './membership-rules';
import type { MemberAddition, MemberRemoval, MembershipDecision } from './teams-schemas';

type Writer = { scope: Scope; actorId: number; now: Date };

/** The membership with its team's name and the volunteer's name and unit, managed by the caller. */
async function membershipInScope(tx: Tx, scope: Scope, id: number) {
  const membership = await tx.volunteerTeamMember.findFirst({
    where: { id, ...scope.ownedWhere('volunteers.manage') },
    include: {
      team: { select: { name: true } },
      volunteer: { select: { name: true, unitId: true } },
    },
  });
  if (!membership) throw new AppError('NOT_FOUND', volunteersMessage('membershipNotFound'));
  return membership;
}

/** Moves the membership from the status read, or answers that it changed meanwhile. */
async function moveFrom(
  tx: Tx,
  scope: Scope,
  membership: { id: number; status: string },
  data: { status: string; reason: string; decidedAt: Date; decidedById: number },
  changed: 'membershipNotPending' | 'membershipNotApproved',
) {
  const { count } = await tx.volunteerTeamMember.updateMany({
    where: { id: membership.id, status: membership.status, ...scope.ownedWhere('volunteers.manage') },
    data,
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage(changed));
}

export async function decideMembership(tx: Tx, { scope, actorId, now }: Writer, input: MembershipDecision) {
  const membership = await membershipInScope(tx, scope, input.membershipId);
  const decision = decisionOf(membership.status, input.approve, input.reason);
  if ('refuse' in decision)
    throw new AppError(
      'BAD_REQUEST',
      volunteersMessage(decision.refuse),
      {},
      decision.refuse === 'declineNeedsReason' ? 'reason' : undefined,
    );
  await moveFrom(
    tx,
    scope,
    membership,
    { status: decision.status, reason: input.reason, decidedAt: now, decidedById: actorId },
    'membershipNotPending',
  );
  await recordAudit(tx, {
    actorId,
    unitId: membership.unitId,
    action: 'team.decide',
    entity: 'VolunteerTeamMember',
    entityId: membership.id,
    label: membership.volunteer.name,
    labelUnitId: membership.volunteer.unitId,
    before: { status: membership.status },
    after: { teamId: membership.teamId, teamName: membership.team.name, status: decision.status, reason: input.reason },
  });
  return { id: membership.id };
}

export async function addTeamMember(tx: Tx, { scope, actorId, now }: Writer, input: MemberAddition) {
  const team = await teamInScope(tx, scope, 'volunteers.manage', input.teamId);
  const volunteer = await volunteerInScope(tx, scope, 'volunteers.read', input.volunteerId);
  if (team.status !== 'active') throw new AppError('BAD_REQUEST', volunteersMessage('teamArchived'), {}, 'teamId');
  if (volunteer.status !== 'active')
    throw new AppError('BAD_REQUEST', volunteersMessage('volunteerInactive'), {}, 'volunteerId');
  const current = await tx.volunteerTeamMember.findFirst({
    where: { teamId: team.id, volunteerId: volunteer.id, ...scope.ownedWhere('volunteers.manage') },
  });
  const step = addStep(current?.status ?? null);
  if ('refuse' in step) throw new AppError('BAD_REQUEST', volunteersMessage(step.refuse), {}, 'volunteerId');
  const decided = { status: 'approved', reason: '', decidedAt: now, decidedById: actorId };
  let id: number;
  if (current) {
    id = current.id;
    const { count } = await tx.volunteerTeamMember.updateMany({
      where: { id, status: current.status, ...scope.ownedWhere('volunteers.manage') },
      data: decided,
    });
    if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('alreadyInTeam'), {}, 'volunteerId');
  } else {
    ({ id } = await tx.volunteerTeamMember.create({
      data: { unitId: team.unitId, teamId: team.id, volunteerId: volunteer.id, requestedAt: now, ...decided },
      select: { id: true },
    }));
  }
  await recordAudit(tx, {
    actorId,
    unitId: team.unitId,
    action: 'team.addMember',
    entity: 'VolunteerTeamMember',
    entityId: id,
    label: volunteer.name,
    labelUnitId: volunteer.unitId,
    before: current ? { status: current.status } : undefined,
    after: { teamId: team.id, teamName: team.name, volunteerId: volunteer.id, status: 'approved' },
  });
  return { id };
}

export async function removeTeamMember(tx: Tx, { scope, actorId, now }: Writer, input: MemberRemoval) {
  const membership = await membershipInScope(tx, scope, input.membershipId);
  if (membership.status !== 'approved') throw new AppError('BAD_REQUEST', volunteersMessage('membershipNotApproved'));
  await moveFrom(
    tx,
    scope,
    membership,
    { status: 'left', reason: input.reason, decidedAt: now, decidedById: actorId },
    'membershipNotApproved',
  );
  await recordAudit(tx, {
    actorId,
    unitId: membership.unitId,
    action: 'team.removeMember',
    entity: 'VolunteerTeamMember',
    entityId: membership.id,
    label: membership.volunteer.name,
    labelUnitId: membership.volunteer.unitId,
    before: { status: 'approved' },
    after: { teamId: membership.teamId, teamName: membership.team.name, status: 'left', reason: input.reason },
  });
  return { id: membership.id };
}
