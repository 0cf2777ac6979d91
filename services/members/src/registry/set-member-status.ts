// A member leaves the registry: died, expelled or withdrew, on a day and for a reason. Only a member on the registry
// (active or floating) may leave, so death is final and nobody leaves twice; from then on the record keeps its details
// (see editProblem). A floating member's open attachment ends the same day: the host branch no longer holds them.
import { AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import type { Writer } from './create-member';
import { memberInScope } from './get-member';
import { leavingProblems, throwFirst } from './member-rules';
import type { StatusChange } from './registry-schemas';

export async function setMemberStatus(tx: Tx, { scope, actorId, now }: Omit<Writer, 'system'>, input: StatusChange) {
  const member = await memberInScope(tx, scope, 'members.edit', input.id);
  throwFirst(leavingProblems(member, input.status, input.on, calendarDay(now)));
  const { count } = await tx.member.updateMany({
    where: { id: member.id, status: member.status, ...scope.ownedWhere('members.edit') },
    data: { status: input.status, leftOn: input.on },
  });
  // Someone else changed the status since it was read: the rule is asked again on the next try.
  if (count !== 1) throw new AppError('CONFLICT', membersMessage('memberNotCurrent'), {}, 'status');
  await tx.floatingAttachment.updateMany({
    where: { memberId: member.id, endedOn: null, ...scope.ownedWhere('members.edit') },
    data: { endedOn: input.on },
  });
  await tx.memberEvent.create({
    data: {
      memberId: member.id,
      kind: 'status',
      on: input.on,
      at: now,
      actorId,
      atUnitId: member.unitId,
      atUnitName: member.unit.name,
      value: input.status,
      note: input.reason,
    },
  });
  await recordAudit(tx, {
    actorId,
    unitId: member.unitId,
    action: 'member.status',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    before: { status: member.status, leftOn: member.leftOn },
    after: { status: input.status, leftOn: input.on, reason: input.reason },
  });
  return { id: member.id };
}
