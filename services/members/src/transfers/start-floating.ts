// A member working away attaches for a while to a local branch (流动党员): one open attachment per member, to a branch
// or group of the system other than their own. The member stays with their own branch, status floating, and the host
// sees them in its list of attached members.
import { recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import {
  type Actor,
  memberInScope,
  recordMemberEvent,
  refuse,
  todayOf,
  updateMember,
} from '../lifecycle/lifecycle-member';
import { namedUnit } from './named-unit.sql';
import { attachBreach } from './transfer-rules';

type StartFloating = {
  memberId: number;
  hostUnitId: number;
  place: string;
  startedOn: string;
  untilOn?: string | undefined;
};

export async function startFloating(tx: Tx, actor: Actor, input: StartFloating) {
  const { scope } = actor;
  const member = await memberInScope(tx, scope, 'members.transfer', input.memberId);
  const attached = await tx.floatingAttachment.count({
    where: { memberId: member.id, endedOn: null, ...scope.ownedWhere('members.transfer') },
  });
  const host = await namedUnit(tx, input.hostUnitId);
  refuse(
    attachBreach({
      member,
      host,
      startedOn: input.startedOn,
      untilOn: input.untilOn,
      today: todayOf(actor),
      attached: attached > 0,
    }),
  );
  // attachBreach refuses a host that is not there.
  const hostUnit = host as NonNullable<typeof host>;
  const attachment = await tx.floatingAttachment.create({
    data: {
      unitId: member.unitId,
      memberId: member.id,
      hostUnitId: hostUnit.id,
      place: input.place,
      startedOn: input.startedOn,
      untilOn: input.untilOn ?? null,
      createdAt: actor.now,
    },
  });
  await updateMember(tx, scope, 'members.transfer', member, { status: 'floating', updatedAt: actor.now });
  await recordMemberEvent(tx, actor, {
    memberId: member.id,
    kind: 'floatingStarted',
    on: input.startedOn,
    unit: member.unit,
    note: hostUnit.name,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'floating.start',
    entity: 'FloatingAttachment',
    entityId: attachment.id,
    label: member.name,
    before: { status: member.status },
    after: { status: 'floating', hostUnitId: hostUnit.id, startedOn: input.startedOn },
  });
  return { id: attachment.id };
}
