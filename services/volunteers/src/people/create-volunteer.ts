// Registering a volunteer in a unit of the caller's scope (or oneself, in one's home unit: own-profile.ts): the ID
// number checked (the gender comes from it) and registered once in the whole organisation, the phone checked, the
// personal data sealed, and the member of the registry with the same ID number linked. The audit entry holds the
// fields that are not personal.
import {
  assertActiveUnit,
  conflict,
  naturalKey,
  recordAudit,
  type Scope,
  type SystemOperations,
  unitInScope,
} from '@strata/api';
import { isUniqueViolation, type Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { volunteerPii } from '../common/personal-data';
import { volunteersMessage } from '../locales';
import type { NewVolunteer, SelfRegistration } from './people-schemas';
import { checkedPerson, refuse } from './volunteer-rules';

export type Writer = { scope: Scope; system: SystemOperations; actorId: number; now: Date };

/** What registering asks across every unit: whether the ID number is taken, and which member has it (by blind index). */
export type Registry = {
  volunteerIdNumberTaken: (idNumberIndex: string) => Promise<boolean>;
  memberForVolunteer: (idNumberIndex: string) => Promise<number | null>;
};

/**
 * Writes a volunteer of `unitId` from checked details, with the audit entry `action`. The caller has checked the unit.
 * A second registration of the same ID number racing this one is stopped by the unique index, answered as taken.
 */
export async function registerVolunteer(
  tx: Tx,
  registry: Registry,
  who: { actorId: number; now: Date; accountId: number | null; action: 'volunteer.create' | 'volunteer.register' },
  unitId: number,
  input: SelfRegistration,
) {
  const today = calendarDay(who.now);
  const checked = checkedPerson(input, today);
  if ('problem' in checked) refuse(checked.problem);
  const sealed = volunteerPii.seal({
    idNumber: checked.identity.idNumber,
    phone: checked.phone,
    address: input.address,
  });
  // Asked across every unit (a person is registered once): the answer is yes or no, never where or whose.
  if (await registry.volunteerIdNumberTaken(sealed.idNumberIndex))
    throw conflict(volunteersMessage('idNumberTaken'), 'idNumber');
  const memberId = await registry.memberForVolunteer(sealed.idNumberIndex);
  const facts = {
    unitId,
    name: input.name,
    gender: checked.identity.gender,
    skills: input.skills,
    availability: input.availability,
    serviceArea: input.serviceArea,
    status: 'active',
    memberId,
    accountId: who.accountId,
    joinedOn: today,
  };
  let id: number;
  try {
    ({ id } = await tx.volunteer.create({
      data: {
        ...facts,
        nameKey: naturalKey(input.name),
        skills: JSON.stringify(input.skills),
        availability: JSON.stringify(input.availability),
        ...sealed,
      },
      select: { id: true },
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(volunteersMessage('idNumberTaken'), 'idNumber');
    throw error;
  }
  await recordAudit(tx, {
    actorId: who.actorId,
    unitId,
    action: who.action,
    entity: 'Volunteer',
    entityId: id,
    label: input.name,
    after: facts,
  });
  return { id };
}

export async function createVolunteer(tx: Tx, { scope, system, actorId, now }: Writer, input: NewVolunteer) {
  const unit = await unitInScope(tx, scope, 'volunteers.manage', input.unitId);
  assertActiveUnit(unit, 'unitId');
  const { unitId: _unit, ...details } = input;
  return registerVolunteer(
    tx,
    system.volunteers,
    { actorId, now, accountId: null, action: 'volunteer.create' },
    unit.id,
    details,
  );
}
