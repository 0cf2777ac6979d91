// A handler's step on a letter: accept or reject it, assign it down, record its handling, reply, close it, add an
// internal note. Each step is checked against the letter's status (letter-rules.ts) and the caller's scope, written
// only while the status is still the one read (two handlers at once: the second finds nothing), and leaves an event
// on the letter's timeline and an entry in the audit log.
import {
  AppError,
  type CheckedUnit,
  fieldError,
  recordAudit,
  type Scope,
  unitInScope,
  workingCalendar,
} from '@strata/api';
import type { Prisma, Tx } from '@strata/db';
import { mailboxMessage } from '../locales';
import { letterInScope, type ScopedLetter } from './get-letter';
import { assertMayTake, type LetterStatus, statusAfter } from './letter-rules';

type Actor = { scope: Scope; actorId: number; now: Date };

/** The step's event and audit entry, the letter as it stood before and the fields that changed. */
export async function recordStep(
  tx: Tx,
  letter: Pick<ScopedLetter, 'id' | 'unitId' | 'title'>,
  step: {
    kind: string;
    action: `letter.${string}`;
    actorId: number | null;
    text?: string;
    toUnitId?: number;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    now: Date;
  },
) {
  await tx.letterEvent.create({
    data: {
      letterId: letter.id,
      kind: step.kind,
      byUnitId: letter.unitId,
      toUnitId: step.toUnitId ?? null,
      actorId: step.actorId,
      text: step.text ?? '',
      at: step.now,
    },
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    unitId: letter.unitId,
    action: step.action,
    entity: 'Letter',
    entityId: letter.id,
    label: letter.title,
    ...(step.before ? { before: step.before } : {}),
    ...(step.after ? { after: step.after } : {}),
  });
}

/** Writes `data` to the letter while it still stands where it was read; a concurrent step makes this a conflict. */
async function advance(tx: Tx, scope: Scope, letter: ScopedLetter, data: Prisma.LetterUncheckedUpdateManyInput) {
  const { count } = await tx.letter.updateMany({
    where: { id: letter.id, unitId: letter.unitId, status: letter.status, ...scope.ownedWhere('mailbox.handle') },
    data,
  });
  if (count !== 1) throw new AppError('CONFLICT', mailboxMessage('stepNotAllowed'));
}

/** The deadline stops once a reply is given or the letter is rejected: it leaves the queue's order. */
const stopsClock = (status: LetterStatus) => status === 'replied' || status === 'rejected' || status === 'closed';

type StepInput =
  | { step: 'accept'; id: number }
  | { step: 'reject'; id: number; reason: string }
  | { step: 'assign'; id: number; unitId: number; note: string }
  | { step: 'handle'; id: number; note: string }
  | { step: 'reply'; id: number; reply: string; public: boolean }
  | { step: 'close'; id: number };

export async function takeStep(tx: Tx, { scope, actorId, now }: Actor, input: StepInput) {
  const letter = await letterInScope(tx, scope, 'mailbox.handle', input.id);
  const from = letter.status as LetterStatus;
  assertMayTake(input.step, from);
  const status = statusAfter[input.step];
  const base = { status, ...(stopsClock(status) ? { openDueAt: null } : {}) };
  const before = { status: from };
  switch (input.step) {
    case 'accept': {
      await advance(tx, scope, letter, { ...base, acceptedAt: now });
      await recordStep(tx, letter, {
        kind: 'accepted',
        action: 'letter.accept',
        actorId,
        before,
        after: { status },
        now,
      });
      break;
    }
    case 'reject': {
      await advance(tx, scope, letter, { ...base, reason: input.reason, closedAt: now });
      await recordStep(tx, letter, {
        kind: 'rejected',
        action: 'letter.reject',
        actorId,
        text: input.reason,
        before,
        after: { status, reason: input.reason },
        now,
      });
      break;
    }
    case 'assign': {
      const target = await assignableUnit(tx, scope, letter, input.unitId);
      await advance(tx, scope, letter, { ...base, unitId: target.id });
      await recordStep(tx, letter, {
        kind: 'assigned',
        action: 'letter.assign',
        actorId,
        toUnitId: target.id,
        text: input.note,
        before: { status: from, unitId: letter.unitId },
        after: { status, unitId: target.id },
        now,
      });
      break;
    }
    case 'handle': {
      await advance(tx, scope, letter, { ...base, handlingNote: input.note });
      await recordStep(tx, letter, {
        kind: 'handled',
        action: 'letter.handle',
        actorId,
        text: input.note,
        before,
        after: { status },
        now,
      });
      break;
    }
    case 'reply': {
      await advance(tx, scope, letter, {
        ...base,
        reply: input.reply,
        replyPublic: input.public,
        repliedAt: now,
        replyWorkingDays: (await workingCalendar(tx)).workingDaysBetween(letter.reopenedAt ?? letter.receivedAt, now),
        replyUnitId: letter.unitId,
      });
      await recordStep(tx, letter, {
        kind: 'replied',
        action: 'letter.reply',
        actorId,
        text: input.reply,
        before,
        after: { status, reply: input.reply, replyPublic: input.public },
        now,
      });
      break;
    }
    case 'close': {
      await advance(tx, scope, letter, { ...base, closedAt: now });
      await recordStep(tx, letter, { kind: 'closed', action: 'letter.close', actorId, before, after: { status }, now });
      break;
    }
  }
  return { id: letter.id };
}

/**
 * A unit a letter may be assigned to: strictly below the unit holding it, in the caller's scope for handling, not
 * archived. A unit elsewhere is a field error on the unit, as a missing one is.
 */
async function assignableUnit(tx: Tx, scope: Scope, letter: ScopedLetter, unitId: number): Promise<CheckedUnit> {
  const target = await unitInScope(tx, scope, 'mailbox.handle', unitId).catch(() => null);
  if (!target || target.archivedAt || target.id === letter.unitId || !target.path.startsWith(letter.unit.path))
    throw fieldError('unitId', mailboxMessage('assignBelow'));
  return target;
}

/** An internal note on the timeline: for the handlers above and below, never for the submitter. */
export async function addNote(tx: Tx, { scope, actorId, now }: Actor, input: { id: number; text: string }) {
  const letter = await letterInScope(tx, scope, 'mailbox.handle', input.id);
  await recordStep(tx, letter, { kind: 'note', action: 'letter.note', actorId, text: input.text, now });
  return { id: letter.id };
}
