// A member moves to the next stage of the lifecycle on a day: the rules checked (lifecycle-rules.ts), the stage's day
// written (and, on admission, the day probation ends), the new activist's mentors or the new probationary member's
// introducers assigned, an entry on the timeline and one in the audit log.
import { recordAudit } from '@strata/api';
import { sponsorsOfStep } from '@strata/contract';
import type { Tx } from '@strata/db';
import { type Actor, memberInScope, recordMemberEvent, refuse, todayOf, updateMember } from './lifecycle-member';
import { advanceBreach, datesOfStep, sponsorFields } from './lifecycle-rules';
import type { AdvanceInput } from './lifecycle-schemas';
import { checkSponsors, replaceSponsors } from './sponsors';

export async function advanceStage(tx: Tx, actor: Actor, input: AdvanceInput) {
  const member = await memberInScope(tx, actor.scope, 'members.edit', input.id);
  refuse(advanceBreach(member, { ...input, today: todayOf(actor) }));
  const role = sponsorsOfStep[input.to];
  const sponsorIds = role === 'mentor' ? input.mentorIds : role === 'introducer' ? input.introducerIds : undefined;
  if (role && sponsorIds) await checkSponsors(tx, actor.scope, member, sponsorFields[role], sponsorIds);
  const dates = datesOfStep(input.to, input.on);
  await updateMember(tx, actor.scope, 'members.edit', member, { stage: input.to, ...dates, updatedAt: actor.now });
  if (role && sponsorIds) await replaceSponsors(tx, member.id, role, sponsorIds, input.on);
  await recordMemberEvent(tx, actor, {
    memberId: member.id,
    kind: 'stage',
    on: input.on,
    unit: member.unit,
    value: input.to,
    note: input.note,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'member.stage',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    before: { stage: member.stage },
    after: { stage: input.to, ...dates, ...(role && sponsorIds ? { [`${role}Ids`]: sponsorIds } : {}) },
  });
  return { id: member.id };
}
