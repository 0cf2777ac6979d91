// Extensions: the handling unit asks before the deadline, with a reason and a number of working days; a handler one
// level up approves or declines. Approval moves the due date on by that many working days of the calendar, so the
// new deadline is counted exactly as the first one was.
import { AppError, notFound, type Scope, workingCalendar } from '@strata/api';
import type { Tx } from '@strata/db';
import { mailboxMessage } from '../locales';
import { letterInScope, parentPath } from './get-letter';
import { assertMayAskExtension, isOpen, type LetterStatus } from './letter-rules';
import { recordStep } from './take-step';

type Actor = { scope: Scope; actorId: number; now: Date };

export async function askExtension(
  tx: Tx,
  { scope, actorId, now }: Actor,
  input: { id: number; days: number; reason: string },
) {
  const letter = await letterInScope(tx, scope, 'mailbox.handle', input.id);
  assertMayAskExtension({ ...letter, status: letter.status as LetterStatus }, now);
  const { count } = await tx.letter.updateMany({
    where: { id: letter.id, extensionState: letter.extensionState, ...scope.ownedWhere('mailbox.handle') },
    data: { extensionState: 'pending', extensionDays: input.days, extensionReason: input.reason },
  });
  if (count !== 1) throw new AppError('CONFLICT', mailboxMessage('extensionPending'));
  await recordStep(tx, letter, {
    kind: 'extensionAsked',
    action: 'letter.extensionAsk',
    actorId,
    text: input.reason,
    after: { extensionState: 'pending', extensionDays: input.days, reason: input.reason },
    now,
  });
  return { id: letter.id };
}

export async function decideExtension(
  tx: Tx,
  { scope, actorId, now }: Actor,
  input: { id: number; approve: boolean; reason: string },
) {
  const letter = await letterInScope(tx, scope, 'mailbox.read', input.id);
  const above = parentPath(letter.unit.path);
  // One level up decides: the handlers of the unit above (or any above it). The letter's own handlers, however
  // wide their grant, do not approve their own request unless their grant reaches above the letter's unit.
  if (above === null || !scope.covers('mailbox.handle', above)) throw notFound();
  if (letter.extensionState !== 'pending') throw new AppError('CONFLICT', mailboxMessage('noExtensionPending'));
  const state = input.approve ? 'approved' : 'declined';
  const open = isOpen(letter.status as LetterStatus);
  let moved = {};
  if (input.approve) {
    // Counted on from the old due date, as a deadline from a letter received that day.
    const calendar = await workingCalendar(tx);
    const { dueDate, dueAt, dueSoonAt } = calendar.deadline(calendar.startOfDay(letter.dueDate), letter.extensionDays);
    moved = {
      deadlineDays: letter.deadlineDays + letter.extensionDays,
      dueDate,
      dueAt,
      dueSoonAt,
      ...(open ? { openDueAt: dueAt } : {}),
    };
  }
  const { count } = await tx.letter.updateMany({
    where: { id: letter.id, extensionState: 'pending', ...scope.ownedWhere('mailbox.read') },
    data: { extensionState: state, ...moved },
  });
  if (count !== 1) throw new AppError('CONFLICT', mailboxMessage('noExtensionPending'));
  await recordStep(tx, letter, {
    kind: input.approve ? 'extensionApproved' : 'extensionDeclined',
    action: 'letter.extensionDecide',
    actorId,
    text: input.reason,
    before: { extensionState: 'pending', dueDate: letter.dueDate },
    after: { extensionState: state, ...('dueDate' in moved ? { dueDate: moved.dueDate } : {}) },
    now,
  });
  return { id: letter.id };
}
