// Mentors or introducers assigned (or replaced) apart from a step, while they serve: the two given take over from
// today, the earlier ones ending today.
import { recordAudit } from '@strata/api';
import type { SponsorRole } from '@strata/contract';
import type { Tx } from '@strata/db';
import { type Actor, memberInScope, refuse, todayOf } from './lifecycle-member';
import { assignBreach } from './lifecycle-rules';
import { checkSponsors, replaceSponsors } from './sponsors';

type AssignSponsors = { id: number; role: SponsorRole; sponsorIds: readonly [number, number] };

export async function assignSponsorsTo(tx: Tx, actor: Actor, input: AssignSponsors) {
  const member = await memberInScope(tx, actor.scope, 'members.edit', input.id);
  refuse(assignBreach(member, input.role));
  await checkSponsors(tx, actor.scope, member, 'sponsorIds', input.sponsorIds);
  const today = todayOf(actor);
  await replaceSponsors(tx, member.id, input.role, input.sponsorIds, today);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'member.sponsors',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    after: { [`${input.role}Ids`]: input.sponsorIds, assignedOn: today },
  });
  return { id: member.id };
}
