// A floating attachment ends (the member is back, or moves on): the member's own branch records the day, and the
// member, floating until then, is active again.
import { AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Actor, recordMemberEvent, refuse, todayOf } from '../lifecycle/lifecycle-member';
import { membersMessage } from '../locales';
import { endBreach } from './transfer-rules';

export async function endFloating(tx: Tx, actor: Actor, input: { id: number; endedOn: string }) {
  const owned = actor.scope.ownedWhere('members.transfer');
  const attachment = await tx.floatingAttachment.findFirst({
    where: { id: input.id, ...owned },
    select: {
      id: true,
      memberId: true,
      startedOn: true,
      endedOn: true,
      member: { select: { name: true, status: true } },
      unit: { select: { id: true, name: true } },
    },
  });
  if (!attachment) throw new AppError('NOT_FOUND', membersMessage('floatingNotFound'));
  if (attachment.endedOn !== null) throw new AppError('CONFLICT', membersMessage('floatingEnded'));
  refuse(endBreach(attachment.startedOn, input.endedOn, todayOf(actor)));
  const { count } = await tx.floatingAttachment.updateMany({
    where: { id: attachment.id, endedOn: null, ...owned },
    data: { endedOn: input.endedOn },
  });
  if (count !== 1) throw new AppError('CONFLICT', membersMessage('floatingEnded'));
  // Back to active only from floating: a member who left the registry meanwhile stays as they are.
  await tx.member.updateMany({
    where: { id: attachment.memberId, status: 'floating', ...owned },
    data: { status: 'active', updatedAt: actor.now },
  });
  await recordMemberEvent(tx, actor, {
    memberId: attachment.memberId,
    kind: 'floatingEnded',
    on: input.endedOn,
    unit: attachment.unit,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: attachment.unit.id,
    action: 'floating.end',
    entity: 'FloatingAttachment',
    entityId: attachment.id,
    label: attachment.member.name,
    before: { status: attachment.member.status },
    after: {
      status: attachment.member.status === 'floating' ? 'active' : attachment.member.status,
      endedOn: input.endedOn,
    },
  });
  return { id: attachment.id };
}
