// Registering a member in a branch (or group) of the caller's scope: the ID number checked and read (birth date and
// gender come from it), registered once in the whole organisation, the stage dates checked, the personal data sealed,
// and a first entry on the member's timeline. The audit entry holds the fields that are not personal.
import {
  assertActiveUnit,
  conflict,
  naturalKey,
  recordAudit,
  type Scope,
  type SystemOperations,
  unitInScope,
} from '@strata/api';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { sealMemberPii } from '../members/member-pii';
import { checkNewMember, refuse } from './member-rules';
import type { NewMember } from './registry-schemas';

export type Writer = { scope: Scope; system: SystemOperations; actorId: number; now: Date };

/** Members belong to a branch, or to a group within one. */
export const memberUnitKinds = new Set(['branch', 'group']);

export async function createMember(tx: Tx, { scope, system, actorId, now }: Writer, input: NewMember) {
  const today = calendarDay(now);
  const unit = await unitInScope(tx, scope, 'members.edit', input.unitId);
  if (!memberUnitKinds.has(unit.kind)) refuse([{ field: 'unitId', key: membersMessage('unitNotBranch') }]);
  assertActiveUnit(unit, 'unitId');
  const checked = checkNewMember(input, today);
  if (!checked.member) refuse(checked.problems);
  const sealed = sealMemberPii(checked.member.pii);
  // Asked across every unit (a person is registered once); the unique index stops a second one racing this one.
  if (await system.members.idNumberTaken(sealed.idNumberIndex))
    throw conflict(membersMessage('idNumberTaken'), 'idNumber');
  const facts = { unitId: unit.id, ...checked.member.facts, status: 'active' };
  const member = await tx.member.create({
    data: { ...facts, nameKey: naturalKey(input.name), ...sealed },
    select: { id: true },
  });
  await tx.memberEvent.create({
    data: {
      memberId: member.id,
      kind: 'registered',
      on: today,
      at: now,
      actorId,
      atUnitId: unit.id,
      atUnitName: unit.name,
    },
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'member.create',
    entity: 'Member',
    entityId: member.id,
    label: input.name,
    after: facts,
  });
  return { id: member.id };
}
