// Changing a member's details: only the fields given, and only where they differ. A new ID number is checked, read
// (the birth date and gender follow it), registered once in the whole organisation and sealed; a new phone or address
// is sealed. The stage (the lifecycle's) and the unit (a transfer's) are not details. The timeline's entry and the
// audit entry name the personal fields changed, never their values.
import { AppError, conflict, naturalKey, recordAudit } from '@strata/api';
import { memberLimits } from '@strata/contract';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { ageOn } from '../members/member-dates';
import { openMemberPii, sealMemberPii } from '../members/member-pii';
import type { Writer } from './create-member';
import { memberInScope } from './get-member';
import { editProblem, identityOf, phoneOf, refuse } from './member-rules';
import type { MemberChanges } from './registry-schemas';

const detailFields = ['name', 'ethnicity', 'education', 'occupation', 'workplace', 'note'] as const;

export async function updateMember(tx: Tx, { scope, system, actorId, now }: Writer, input: MemberChanges) {
  const today = calendarDay(now);
  const member = await memberInScope(tx, scope, 'members.edit', input.id);
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const field of detailFields) {
    const value = input[field];
    if (value !== undefined && value !== member[field]) {
      before[field] = member[field];
      after[field] = value;
    }
  }

  // Personal fields: compared in the clear, so a value typed again unchanged is no change.
  const current = openMemberPii(member);
  const next = { ...current };
  let identity: ReturnType<typeof identityOf>['identity'] = null;
  if (input.idNumber !== undefined) {
    const checked = identityOf(input.idNumber, {}, today);
    if (!checked.identity) refuse(checked.problems);
    identity = checked.identity;
    next.idNumber = checked.identity.idNumber;
  }
  if (input.phone !== undefined) {
    const phone = phoneOf(input.phone);
    if ('problem' in phone) refuse([phone.problem]);
    next.phone = phone.phone;
  }
  if (input.address !== undefined) next.address = input.address;
  const personal = (['idNumber', 'phone', 'address'] as const).filter((f) => next[f] !== current[f]);

  const changed = [...Object.keys(after), ...personal];
  const left = editProblem(member.status, changed);
  if (left) refuse([left]);
  // Nothing differs: nothing is written, so the timeline and the audit log hold only real changes.
  if (!changed.length) return { id: member.id };

  const sealed = sealMemberPii(next);
  const data: Record<string, string | null> = { ...after };
  if (after.name !== undefined) data.nameKey = naturalKey(after.name);
  if (identity && personal.includes('idNumber')) {
    // The applicant's age on the day of application is read from the new birth date.
    if (member.appliedOn !== null && ageOn(identity.birthDate, member.appliedOn) < memberLimits.minimumAge)
      refuse([{ field: 'idNumber', key: membersMessage('applicantTooYoung'), vars: { age: memberLimits.minimumAge } }]);
    if (await system.members.idNumberTaken(sealed.idNumberIndex, member.id))
      throw conflict(membersMessage('idNumberTaken'), 'idNumber');
    for (const field of ['gender', 'birthDate'] as const)
      if (identity[field] !== member[field]) {
        before[field] = member[field];
        after[field] = identity[field];
        data[field] = identity[field];
      }
    data.idNumber = sealed.idNumber;
    data.idNumberIndex = sealed.idNumberIndex;
  }
  if (personal.includes('phone')) {
    data.phone = sealed.phone;
    data.phoneIndex = sealed.phoneIndex;
  }
  if (personal.includes('address')) data.address = sealed.address;

  const { count } = await tx.member.updateMany({
    where: { id: member.id, updatedAt: member.updatedAt, ...scope.ownedWhere('members.edit') },
    data,
  });
  // Changed by someone else since it was read: their change is not overwritten unseen.
  if (count !== 1) throw new AppError('CONFLICT', 'busyRetry');
  await tx.memberEvent.create({
    data: {
      memberId: member.id,
      kind: 'edited',
      on: today,
      at: now,
      actorId,
      atUnitId: member.unitId,
      atUnitName: member.unit.name,
      // The fields' keys: the profile reads them in the reader's language.
      note: [...Object.keys(after), ...personal].join(','),
    },
  });
  await recordAudit(tx, {
    actorId,
    unitId: member.unitId,
    action: 'member.update',
    entity: 'Member',
    entityId: member.id,
    label: after.name ?? member.name,
    before,
    after: personal.length ? { ...after, personal } : after,
  });
  return { id: member.id };
}
