// A caller who holds volunteers.pii at the volunteer's unit sees the ID number, phone and address in the clear, and the
// audit log says who looked and when (the fields, never their values). Everyone else is answered as for a volunteer
// that is not there.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteerInScope } from '../common/in-scope';
import { volunteerPii } from '../common/personal-data';

export async function revealVolunteer(tx: Tx, { scope, actorId }: { scope: Scope; actorId: number }, id: number) {
  const volunteer = await volunteerInScope(tx, scope, 'volunteers.pii', id);
  const pii = volunteerPii.open(volunteer);
  await recordAudit(tx, {
    actorId,
    unitId: volunteer.unitId,
    action: 'volunteer.reveal',
    entity: 'Volunteer',
    entityId: volunteer.id,
    label: volunteer.name,
    after: { revealed: (['idNumber', 'phone', 'address'] as const).filter((f) => pii[f] !== '') },
  });
  return pii;
}
