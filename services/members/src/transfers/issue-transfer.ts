// The sending branch issues a transfer letter for one of its members: to a branch or group of the system, which then
// confirms it (the member stays here until then), or to an organisation outside it, where the member leaves the
// registry on the day of issue and the letter is done at once.
import { fieldError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import {
  type Actor,
  memberInScope,
  recordMemberEvent,
  refuse,
  todayOf,
  updateMember,
} from '../lifecycle/lifecycle-member';
import { endSponsors } from '../lifecycle/sponsors';
import { membersMessage } from '../locales';
import { namedUnit } from './named-unit.sql';
import { expiresOn, issueBreach, nextLetterNumber, transferLabel } from './transfer-rules';
import type { IssueInput } from './transfer-schemas';

export async function issueTransfer(tx: Tx, actor: Actor, input: IssueInput) {
  const { scope } = actor;
  const member = await memberInScope(tx, scope, 'members.transfer', input.memberId);
  // The member's row is written first, so a second letter for them issued at the same moment waits for this one and
  // then finds it open (or finds the member changed).
  await updateMember(tx, scope, 'members.transfer', member, { updatedAt: actor.now });
  const open = await tx.transfer.findFirst({
    where: { memberId: member.id, state: 'issued', ...scope.ownedWhere('members.transfer') },
    select: { letterNo: true },
  });
  const destination = input.toUnitId === undefined ? undefined : await namedUnit(tx, input.toUnitId);
  refuse(
    issueBreach({
      member,
      destination,
      crossProvince: input.crossProvince,
      issuedOn: input.issuedOn,
      today: todayOf(actor),
      openLetterNo: open?.letterNo ?? null,
    }),
  );
  const letterNo = input.letterNo ?? (await nextNumber(tx, actor, member.unitId, input.issuedOn.slice(0, 4)));
  if (input.letterNo !== undefined) {
    const taken = await tx.transfer.count({
      where: { unitId: member.unitId, letterNo, ...scope.ownedWhere('members.transfer') },
    });
    if (taken) throw fieldError('letterNo', membersMessage('letterNoTaken'));
  }
  const outside = destination === undefined;
  const transfer = await tx.transfer.create({
    data: {
      unitId: member.unitId,
      memberId: member.id,
      letterNo,
      toUnitId: destination?.id ?? null,
      toOrganisation: input.toOrganisation ?? '',
      crossProvince: input.crossProvince,
      issuedOn: input.issuedOn,
      expiresOn: expiresOn(input.issuedOn, input.crossProvince),
      state: outside ? 'completed' : 'issued',
      reason: input.reason,
      issuedById: actor.actorId,
      createdAt: actor.now,
    },
  });
  if (outside) {
    // Gone from the system: off the registry from the day of issue, any attachment and sponsors ending with it.
    await updateMember(tx, scope, 'members.transfer', member, {
      status: 'transferred',
      leftOn: input.issuedOn,
      updatedAt: actor.now,
    });
    await tx.floatingAttachment.updateMany({
      where: { memberId: member.id, endedOn: null, ...scope.ownedWhere('members.transfer') },
      data: { endedOn: input.issuedOn },
    });
    await endSponsors(tx, member.id, input.issuedOn);
  }
  await recordMemberEvent(tx, actor, {
    memberId: member.id,
    kind: 'transferIssued',
    on: input.issuedOn,
    unit: member.unit,
    note: destination?.name ?? input.toOrganisation ?? '',
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'transfer.issue',
    entity: 'Transfer',
    entityId: transfer.id,
    label: transferLabel(letterNo, member.name),
    after: {
      letterNo,
      toUnitId: transfer.toUnitId,
      toOrganisation: transfer.toOrganisation,
      state: transfer.state,
      ...(outside ? { status: 'transferred' } : {}),
    },
  });
  return { id: transfer.id, letterNo };
}

/** The branch's next default number in the letter's year (unique with the branch: the table's key says so too). */
async function nextNumber(tx: Tx, actor: Actor, unitId: number, year: string) {
  const taken = await tx.transfer.findMany({
    where: { unitId, letterNo: { startsWith: `${year}-` }, ...actor.scope.ownedWhere('members.transfer') },
    select: { letterNo: true },
  });
  return nextLetterNumber(
    year,
    taken.map((t) => t.letterNo),
  );
}
