// A candidacy cancelled (取消发展资格 or 取消预备党员资格): the member leaves the active registry on the day given,
// with the reason on the timeline; their sponsors stop serving and a floating attachment ends that day.
import { recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Actor, memberInScope, recordMemberEvent, refuse, todayOf, updateMember } from './lifecycle-member';
import { cancelBreach } from './lifecycle-rules';
import { endSponsors } from './sponsors';

export async function cancelCandidacy(tx: Tx, actor: Actor, input: { id: number; on: string; reason: string }) {
  const member = await memberInScope(tx, actor.scope, 'members.edit', input.id);
  refuse(cancelBreach(member, input.on, todayOf(actor)));
  await updateMember(tx, actor.scope, 'members.edit', member, {
    status: 'cancelled',
    leftOn: input.on,
    updatedAt: actor.now,
  });
  await endSponsors(tx, member.id, input.on);
  await tx.floatingAttachment.updateMany({
    where: { memberId: member.id, endedOn: null, ...actor.scope.ownedWhere('members.edit') },
    data: { endedOn: input.on },
  });
  await recordMemberEvent(tx, actor, {
    memberId: member.id,
    kind: 'candidacyCancelled',
    on: input.on,
    unit: member.unit,
    value: 'cancelled',
    note: input.reason,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'member.candidacyCancel',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    before: { status: member.status, stage: member.stage },
    after: { status: 'cancelled', leftOn: input.on },
  });
  return { id: member.id };
}
