// What becomes of an issued letter. The receiving side confirms it (while it is valid: the member moves to the
// receiving unit with the whole timeline, active again if floating, the sender's attachment and sponsors ending) or
// returns it with a reason; the sending side cancels it with a reason. The receiver's writes cross scopes: they run
// in this guarded transaction as reviewed statements that carry the receiver's scope themselves
// (transfer-receipt.sql.ts); the sender's are ordinary scoped writes.
import { AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Actor, recordMemberEvent, todayOf } from '../lifecycle/lifecycle-member';
import { endSponsors } from '../lifecycle/sponsors';
import { membersMessage } from '../locales';
import {
  confirmLetter,
  endSendersAttachment,
  moveMember,
  type ReceivedLetter,
  receivedLetter,
  returnLetter,
} from './transfer-receipt.sql';
import { stateAsOf, transferLabel } from './transfer-rules';

export const transferNotFound = () => new AppError('NOT_FOUND', membersMessage('transferNotFound'));
const closed = () => new AppError('CONFLICT', membersMessage('transferClosed'));

/** The letter as its receiver may act on it: addressed to a unit where the caller holds members.transfer. */
async function letterToReceive(tx: Tx, actor: Actor, id: number): Promise<ReceivedLetter> {
  const roots = actor.scope.roots('members.transfer');
  const letter = roots.length ? await receivedLetter(tx, id, roots) : null;
  if (!letter) throw transferNotFound();
  if (letter.state !== 'issued') throw closed();
  return letter;
}

export async function confirmTransfer(tx: Tx, actor: Actor, input: { id: number; note: string }) {
  const letter = await letterToReceive(tx, actor, input.id);
  const today = todayOf(actor);
  if (stateAsOf(letter, today) === 'expired')
    throw new AppError('CONFLICT', membersMessage('transferExpired'), { expiresOn: letter.expiresOn });
  if (letter.memberStatus !== 'active' && letter.memberStatus !== 'floating')
    throw new AppError('CONFLICT', membersMessage('memberNotCurrent'));
  const roots = actor.scope.roots('members.transfer');
  const decision = { id: letter.id, roots, actorId: actor.actorId, now: actor.now, answer: input.note, today };
  if ((await confirmLetter(tx, decision)) !== 1) throw closed();
  const move = { transferId: letter.id, memberId: letter.memberId, fromUnitId: letter.fromUnitId, roots };
  if ((await moveMember(tx, { ...move, toUnitId: letter.toUnitId, now: actor.now })) !== 1)
    throw new AppError('CONFLICT', membersMessage('memberChanged'));
  await endSendersAttachment(tx, { ...move, today });
  // Sponsors are members of the branch the member leaves; the receiving branch assigns its own.
  await endSponsors(tx, letter.memberId, today);
  await recordMemberEvent(tx, actor, {
    memberId: letter.memberId,
    kind: 'transferConfirmed',
    on: today,
    unit: { id: letter.toUnitId, name: letter.toUnitName },
    note: input.note,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: letter.toUnitId,
    action: 'transfer.confirm',
    entity: 'Transfer',
    entityId: letter.id,
    // The receiving unit may name the letter it received: no labelUnitId hides it from its readers.
    label: transferLabel(letter.letterNo, letter.memberName),
    before: { state: 'issued' },
    after: { state: 'confirmed', toUnitId: letter.toUnitId },
  });
  return { id: letter.id };
}

export async function returnTransfer(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const letter = await letterToReceive(tx, actor, input.id);
  const roots = actor.scope.roots('members.transfer');
  const decision = { id: letter.id, roots, actorId: actor.actorId, now: actor.now, answer: input.reason };
  if ((await returnLetter(tx, decision)) !== 1) throw closed();
  await recordMemberEvent(tx, actor, {
    memberId: letter.memberId,
    kind: 'transferReturned',
    on: todayOf(actor),
    unit: { id: letter.toUnitId, name: letter.toUnitName },
    note: input.reason,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: letter.toUnitId,
    action: 'transfer.return',
    entity: 'Transfer',
    entityId: letter.id,
    label: transferLabel(letter.letterNo, letter.memberName),
    before: { state: 'issued' },
    after: { state: 'returned' },
  });
  return { id: letter.id };
}

export async function cancelTransfer(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const owned = actor.scope.ownedWhere('members.transfer');
  const letter = await tx.transfer.findFirst({
    where: { id: input.id, ...owned },
    select: {
      id: true,
      letterNo: true,
      memberId: true,
      state: true,
      member: { select: { name: true } },
      unit: { select: { id: true, name: true } },
    },
  });
  if (!letter) throw transferNotFound();
  const { count } = await tx.transfer.updateMany({
    where: { id: letter.id, state: 'issued', ...owned },
    data: { state: 'cancelled', answer: input.reason, decidedById: actor.actorId, decidedAt: actor.now },
  });
  if (count !== 1) throw closed();
  await recordMemberEvent(tx, actor, {
    memberId: letter.memberId,
    kind: 'transferCancelled',
    on: todayOf(actor),
    unit: letter.unit,
    note: input.reason,
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: letter.unit.id,
    action: 'transfer.cancel',
    entity: 'Transfer',
    entityId: letter.id,
    label: transferLabel(letter.letterNo, letter.member.name),
    before: { state: letter.state },
    after: { state: 'cancelled' },
  });
  return { id: letter.id };
}
