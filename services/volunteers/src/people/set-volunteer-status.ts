// A volunteer made inactive (no longer serving: they keep their record, hours and teams) or active again, with a
// reason the audit entry keeps.
import { AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteerInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import type { Writer } from './create-volunteer';
import type { VolunteerStatusChange } from './people-schemas';

export async function setVolunteerStatus(
  tx: Tx,
  { scope, actorId }: Pick<Writer, 'scope' | 'actorId'>,
  input: VolunteerStatusChange,
) {
  const volunteer = await volunteerInScope(tx, scope, 'volunteers.manage', input.id);
  if (volunteer.status === input.status)
    throw new AppError('BAD_REQUEST', volunteersMessage('volunteerStatusUnchanged'), {}, 'status');
  const { count } = await tx.volunteer.updateMany({
    where: { id: volunteer.id, status: volunteer.status, ...scope.ownedWhere('volunteers.manage') },
    data: { status: input.status },
  });
  // Someone else changed it since it was read: asked again, it is unchanged.
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('volunteerStatusUnchanged'), {}, 'status');
  await recordAudit(tx, {
    actorId,
    unitId: volunteer.unitId,
    action: 'volunteer.status',
    entity: 'Volunteer',
    entityId: volunteer.id,
    label: volunteer.name,
    before: { status: volunteer.status },
    after: { status: input.status, reason: input.reason },
  });
  return { id: volunteer.id };
}
