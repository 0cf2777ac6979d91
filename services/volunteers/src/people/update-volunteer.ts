// Changing a volunteer's details: every detail but the ID number (which never changes), written only where it
// differs; a phone or address left out stays as it is. The phone is checked; a new phone or address is sealed. The audit entry names the fields changed, with the
// values of those that are not personal, and only the keys of the personal ones.
import { naturalKey, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteerPii } from '../common/personal-data';
import type { Writer } from './create-volunteer';
import { volunteerWithUnit } from './get-volunteer';
import type { VolunteerChanges } from './people-schemas';
import { changedKeys, keysFrom, phoneOf, refuse } from './volunteer-rules';

const plainFields = ['name', 'skills', 'availability', 'serviceArea'] as const;

export async function updateVolunteer(
  tx: Tx,
  { scope, actorId }: Pick<Writer, 'scope' | 'actorId'>,
  input: VolunteerChanges,
) {
  const volunteer = await volunteerWithUnit(tx, scope, 'volunteers.manage', input.id);
  const phone = input.phone === undefined ? null : phoneOf(input.phone);
  if (phone && 'problem' in phone) refuse(phone.problem);
  const was = {
    name: volunteer.name,
    skills: keysFrom(volunteer.skills),
    availability: keysFrom(volunteer.availability),
    serviceArea: volunteer.serviceArea,
  };
  const next = {
    name: input.name,
    skills: input.skills,
    availability: input.availability,
    serviceArea: input.serviceArea,
  };
  const plain = changedKeys(was, next, plainFields);
  // Personal fields: compared in the clear, so a value typed again unchanged is no change.
  const current = volunteerPii.open(volunteer);
  const pii = {
    idNumber: current.idNumber,
    phone: phone ? phone.phone : current.phone,
    address: input.address === undefined ? current.address : input.address.trim(),
  };
  const personal = (['phone', 'address'] as const).filter((f) => pii[f] !== current[f]);
  // Nothing differs: nothing is written, so the audit log holds only real changes.
  if (!plain.length && !personal.length) return { id: volunteer.id };

  const sealed = personal.length ? volunteerPii.seal(pii) : null;
  await tx.volunteer.updateMany({
    where: { id: volunteer.id, ...scope.ownedWhere('volunteers.manage') },
    data: {
      ...(plain.includes('name') ? { name: next.name, nameKey: naturalKey(next.name) } : {}),
      ...(plain.includes('skills') ? { skills: JSON.stringify(next.skills) } : {}),
      ...(plain.includes('availability') ? { availability: JSON.stringify(next.availability) } : {}),
      ...(plain.includes('serviceArea') ? { serviceArea: next.serviceArea } : {}),
      ...(sealed ? { phone: sealed.phone, phoneIndex: sealed.phoneIndex, address: sealed.address } : {}),
    },
  });
  await recordAudit(tx, {
    actorId,
    unitId: volunteer.unitId,
    action: 'volunteer.update',
    entity: 'Volunteer',
    entityId: volunteer.id,
    label: next.name,
    before: Object.fromEntries(plain.map((k) => [k, was[k]])),
    after: { ...Object.fromEntries(plain.map((k) => [k, next[k]])), changed: [...plain, ...personal] },
  });
  return { id: volunteer.id };
}
