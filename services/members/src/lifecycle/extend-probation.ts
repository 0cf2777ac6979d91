// A probationary member's probation extended, once, by one to twelve months (decided today): the day it ends moves,
// with the reason on the timeline.
import { recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Actor, memberInScope, recordMemberEvent, refuse, todayOf, updateMember } from './lifecycle-member';
import { extendedEnd, extensionBreach } from './lifecycle-rules';

export async function extendProbation(tx: Tx, actor: Actor, input: { id: number; months: number; reason: string }) {
  const member = await memberInScope(tx, actor.scope, 'members.edit', input.id);
  refuse(extensionBreach(member, input.months));
  // extensionBreach refuses a member without an end of probation.
  const before = member.probationEndsOn as string;
  const probationEndsOn = extendedEnd(before, input.months);
  await updateMember(tx, actor.scope, 'members.edit', member, { probationEndsOn, updatedAt: actor.now });
  await recordMemberEvent(tx, actor, {
    memberId: member.id,
    kind: 'probationExtended',
    on: todayOf(actor),
    unit: member.unit,
    note: input.reason,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'member.probationExtend',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    before: { probationEndsOn: before },
    after: { probationEndsOn, months: input.months },
  });
  return { id: member.id };
}
