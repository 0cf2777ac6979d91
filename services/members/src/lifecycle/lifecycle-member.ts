// A member as the lifecycle and the transfers change them: looked up through the caller's scope (an id elsewhere is
// a missing member), written only while they still stand as they were read, with each change on their timeline.
import { type Actor, AppError, fieldError, type Permission, type Scope } from '@strata/api';
import type { MemberStage, MemberStatus } from '@strata/contract';
import type { Prisma, Tx } from '@strata/db';
import { membersMessage } from '../locales';
import type { LifecycleMember } from './lifecycle-rules';

export { type Actor, actorOf, todayOf } from '@strata/api';

const memberColumns = {
  id: true,
  unitId: true,
  name: true,
  stage: true,
  status: true,
  birthDate: true,
  appliedOn: true,
  activistOn: true,
  candidateOn: true,
  probationaryOn: true,
  probationEndsOn: true,
  fullOn: true,
  unit: { select: { id: true, name: true } },
} as const;

export type ScopedMember = LifecycleMember & { unitId: number; name: string; unit: { id: number; name: string } };

export const memberNotFound = () => new AppError('NOT_FOUND', membersMessage('memberNotFound'));

/** The member, when it belongs to a unit where the caller holds `permission`; else not found, as a missing id. */
export async function memberInScope(tx: Tx, scope: Scope, permission: Permission, id: number): Promise<ScopedMember> {
  const member = await tx.member.findFirst({ where: { id, ...scope.ownedWhere(permission) }, select: memberColumns });
  if (!member) throw memberNotFound();
  return { ...member, stage: member.stage as MemberStage, status: member.status as MemberStatus };
}

/** A rule's breach as the field error a form shows, in the caller's language. */
export function refuse(
  breach: { field: string; rule: Parameters<typeof membersMessage>[0]; vars?: Record<string, string | number> } | null,
) {
  if (breach) throw fieldError(breach.field, membersMessage(breach.rule), breach.vars);
}

/**
 * Writes `data` to the member while its stage and status are still those read, in the caller's scope; a change made
 * meanwhile (another step, a status) makes this a conflict, and the transaction writes nothing.
 */
export async function updateMember(
  tx: Tx,
  scope: Scope,
  permission: Permission,
  member: Pick<ScopedMember, 'id' | 'stage' | 'status'>,
  data: Prisma.MemberUncheckedUpdateManyInput,
) {
  const { count } = await tx.member.updateMany({
    where: { id: member.id, stage: member.stage, status: member.status, ...scope.ownedWhere(permission) },
    data,
  });
  if (count !== 1) throw new AppError('CONFLICT', membersMessage('memberChanged'));
}

/** The kinds of entry the lifecycle and the transfers add to a member's timeline. */
export type MemberEventKind =
  | 'stage'
  | 'probationExtended'
  | 'candidacyCancelled'
  | 'transferIssued'
  | 'transferConfirmed'
  | 'transferCancelled'
  | 'transferReturned'
  | 'floatingStarted'
  | 'floatingEnded';

type MemberEvent = {
  memberId: number;
  kind: MemberEventKind;
  /** The day it took effect. */
  on: string;
  /** The unit it happened in, kept with its name as it is now. */
  unit: { id: number; name: string };
  value?: string;
  note?: string;
};

/** One entry of the member's timeline, recorded at the request's moment by the caller. */
export async function recordMemberEvent(tx: Tx, actor: Pick<Actor, 'actorId' | 'now'>, event: MemberEvent) {
  await tx.memberEvent.create({
    data: {
      memberId: event.memberId,
      kind: event.kind,
      on: event.on,
      at: actor.now,
      actorId: actor.actorId,
      atUnitId: event.unit.id,
      atUnitName: event.unit.name,
      value: event.value ?? '',
      note: event.note ?? '',
    },
  });
}
