// An award or commendation on a volunteer's record (volunteers.manage at the volunteer's unit), kept in the
// volunteer's unit and audited.
import { type Actor, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteerInScope } from '../common/in-scope';

export async function addAward(
  tx: Tx,
  actor: Actor,
  input: { volunteerId: number; title: string; awardedOn: string; note: string },
) {
  const volunteer = await volunteerInScope(tx, actor.scope, 'volunteers.manage', input.volunteerId);
  const award = await tx.volunteerAward.create({
    data: {
      unitId: volunteer.unitId,
      volunteerId: volunteer.id,
      title: input.title,
      awardedOn: input.awardedOn,
      note: input.note,
    },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: volunteer.unitId,
    action: 'volunteerAward.add',
    entity: 'VolunteerAward',
    entityId: award.id,
    label: `${volunteer.name}：${input.title}`,
    after: { volunteerId: volunteer.id, title: input.title, awardedOn: input.awardedOn, note: input.note },
  });
  return { id: award.id };
}
