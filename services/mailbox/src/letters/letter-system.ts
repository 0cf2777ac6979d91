// The mailbox's operations across scopes (named, bound to the raw client: see @strata/api system.ts):
//  - the public's side, which has no session: sending a letter to a unit's mailbox, following it by its query code,
//    rating the reply (and reopening it once);
//  - a return, which hands a letter up to the unit that assigned it, outside the returning handler's scope. It is
//    called once the caller's right over the letter was checked through its scope, and writes in its own transaction
//    only while the letter still stands where that check found it.
import { AppError, countAttempt, runTransaction, sweepAttemptCounters, workingCalendar } from '@strata/api';
import { isChinesePhone } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import { type FileStorage, fileStorage } from '@strata/files';
import { blindIndex, currentKeyRing, normalisePhone } from '@strata/personal-data';
import { mailboxMessage } from '../locales';
import { challengeLifetimeMs } from '../portal/challenge';
import { currentMailboxSettings } from '../settings';
import { deadlineDays } from './deadline-days.sql';
import { keepLetterFiles, type LetterAttachment, releaseUnkept, type WrittenBytes } from './letter-files';
import { contactRequired, type LetterKind, monthNumberOf, type Rating, ratingOutcome } from './letter-rules';
import type { NewLetter } from './letter-schemas';
import { publicView } from './public-view';
import { newQueryCode, normaliseQueryCode, queryCodeHash, sameQueryCode } from './query-code';
import { sealSubmitter } from './submitter';
import { recordStep } from './take-step';

type Submission = {
  /** The unit whose mailbox receives it (its site's unit, or the municipality's). */
  siteUnitId: number;
  letter: NewLetter;
  /** The sending address (the request's IP): counted by its keyed hash, never kept. */
  address: string;
  now: Date;
  /** The solved proof-of-work challenge it came with (the portal's form): each is good for one letter. */
  challengeId?: string;
  /** Its attachments, already checked (the portal's form): kept with the letter, in its transaction. */
  files?: readonly LetterAttachment[];
};

/** What the submitter is given: the letter's number, its query code (shown once) and its due date. */
export type Receipt = { id: number; number: string; queryCode: string; dueDate: string };

async function submit(
  tx: Tx,
  { siteUnitId, letter, address, now, challengeId, files = [] }: Submission,
  kept: { storage: FileStorage; written: WrittenBytes },
): Promise<Receipt> {
  const settings = currentMailboxSettings();
  const ring = currentKeyRing();
  const phone = letter.phone ? normalisePhone(letter.phone) : '';
  if (letter.phone && !isChinesePhone(phone)) throw new AppError('BAD_REQUEST', 'phoneInvalid', {}, 'phone');
  if (contactRequired[letter.kind] && (!letter.name || !phone))
    throw new AppError('BAD_REQUEST', mailboxMessage('contactRequired'), {}, letter.name ? 'phone' : 'name');
  const unit = await tx.unit.findFirst({ where: { id: siteUnitId, archivedAt: null }, select: { id: true } });
  if (!unit) throw new AppError('NOT_FOUND', 'notFound');
  // Counted in the transaction that writes the letter: a refused or failed letter leaves no count behind, and of
  // many at once exactly the limit get through (each upsert's own count decides).
  await sweepAttemptCounters(tx, now);
  // A solved challenge sent again (a replayed form) is refused: its first use counted it.
  if (challengeId && (await countAttempt(tx, `challenge:${challengeId}`, now, challengeLifetimeMs)).failures > 1)
    throw new AppError('BAD_REQUEST', mailboxMessage('challengeFailed'));
  const fromAddress = await countAttempt(
    tx,
    `letter-addr:${blindIndex(ring, 'address', address)}`,
    now,
    settings.perAddress.windowMs,
  );
  if (fromAddress.failures > settings.perAddress.limit)
    throw new AppError('TOO_MANY_REQUESTS', mailboxMessage('tooManyLetters'));
  if (phone) {
    const byPhone = await countAttempt(
      tx,
      `letter-phone:${blindIndex(ring, 'phone', phone)}`,
      now,
      settings.perPhone.windowMs,
    );
    if (byPhone.failures > settings.perPhone.limit)
      throw new AppError('TOO_MANY_REQUESTS', mailboxMessage('tooManyLetters'));
  }
  const days = (await deadlineDays(tx))[letter.kind];
  const deadline = (await workingCalendar(tx)).deadline(now, days);
  const queryCode = newQueryCode();
  const created = await tx.letter.create({
    data: {
      unitId: unit.id,
      siteUnitId: unit.id,
      kind: letter.kind,
      title: letter.title,
      body: letter.body,
      ...sealSubmitter(letter.name, phone),
      mayPublish: letter.mayPublish,
      queryCodeHash: queryCodeHash(normaliseQueryCode(queryCode) as string),
      receivedAt: now,
      receivedMonth: monthNumberOf(now),
      deadlineDays: days,
      dueDate: deadline.dueDate,
      dueAt: deadline.dueAt,
      dueSoonAt: deadline.dueSoonAt,
      openDueAt: deadline.dueAt,
    },
  });
  await tx.letterEvent.create({ data: { letterId: created.id, kind: 'received', byUnitId: unit.id, at: now } });
  if (files.length) await keepLetterFiles(tx, kept.storage, created, files, kept.written);
  return { id: created.id, number: publicView.numberOf(created), queryCode, dueDate: deadline.dueDate };
}

/**
 * The letter a query code opens, or null for a code that opens none. Every look-up is counted per address first, and
 * past the limit refused before any is made: guessing is bounded however the codes are tried.
 */
async function byCode(tx: Tx, code: string, address: string, now: Date) {
  const settings = currentMailboxSettings();
  const attempts = await countAttempt(
    tx,
    `letter-code:${blindIndex(currentKeyRing(), 'address', address)}`,
    now,
    settings.codeAttempts.windowMs,
  );
  if (attempts.failures > settings.codeAttempts.limit)
    throw new AppError('TOO_MANY_REQUESTS', mailboxMessage('tooManyCodes'));
  const normalised = normaliseQueryCode(code);
  if (!normalised) return null;
  const letter = await tx.letter.findUnique({ where: { queryCodeHash: queryCodeHash(normalised) } });
  return letter && sameQueryCode(letter.queryCodeHash, normalised) ? letter : null;
}

type Rate = { code: string; rating: Rating; reopen: boolean; comment: string; address: string; now: Date };

async function rate(tx: Tx, { code, rating, reopen, comment, address, now }: Rate) {
  const letter = await byCode(tx, code, address, now);
  if (!letter) return null;
  const outcome = ratingOutcome({ ...letter, status: letter.status as never }, rating, reopen);
  let data: Parameters<Tx['letter']['updateMany']>[0]['data'] = { rating, ratedAt: now };
  if (outcome === 'closed') data = { ...data, status: 'closed', closedAt: letter.closedAt ?? now };
  if (outcome === 'reopened') {
    // Back to the unit that replied, with a fresh deadline of the kind's working days from today.
    const days = (await deadlineDays(tx))[letter.kind as LetterKind];
    const deadline = (await workingCalendar(tx)).deadline(now, days);
    data = {
      ...data,
      status: 'accepted',
      unitId: letter.replyUnitId ?? letter.unitId,
      reopenedAt: now,
      closedAt: null,
      replyWorkingDays: null,
      deadlineDays: days,
      dueDate: deadline.dueDate,
      dueAt: deadline.dueAt,
      dueSoonAt: deadline.dueSoonAt,
      openDueAt: deadline.dueAt,
      extensionState: 'none',
      extensionDays: 0,
      reason: comment,
    };
  }
  const { count } = await tx.letter.updateMany({ where: { id: letter.id, rating: null, status: letter.status }, data });
  if (count !== 1) throw new AppError('CONFLICT', mailboxMessage('alreadyRated'));
  await tx.letterEvent.create({
    data: { letterId: letter.id, kind: 'rated', text: `${rating}${comment ? `: ${comment}` : ''}`, at: now },
  });
  if (outcome === 'reopened')
    await tx.letterEvent.create({
      data: {
        letterId: letter.id,
        kind: 'reopened',
        toUnitId: letter.replyUnitId ?? letter.unitId,
        text: comment,
        at: now,
      },
    });
  return tx.letter.findUniqueOrThrow({ where: { id: letter.id } });
}

type Return = {
  id: number;
  fromUnitId: number;
  toUnitId: number;
  toStatus: 'accepted' | 'assigned';
  actorId: number;
  reason: string;
  now: Date;
};

async function returnUp(tx: Tx, input: Return) {
  const { count } = await tx.letter.updateMany({
    where: { id: input.id, unitId: input.fromUnitId, status: 'assigned' },
    data: { unitId: input.toUnitId, status: input.toStatus, reason: input.reason },
  });
  if (count !== 1) throw new AppError('CONFLICT', mailboxMessage('stepNotAllowed'));
  const letter = await tx.letter.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, title: true } });
  await recordStep(
    tx,
    { ...letter, unitId: input.fromUnitId },
    {
      kind: 'returned',
      action: 'letter.return',
      actorId: input.actorId,
      toUnitId: input.toUnitId,
      text: input.reason,
      before: { status: 'assigned', unitId: input.fromUnitId },
      after: { status: input.toStatus, unitId: input.toUnitId, reason: input.reason },
      now: input.now,
    },
  );
  return { id: input.id };
}

export const letterSystem = (db: Db) => ({
  mailbox: {
    /**
     * A letter from the public to a unit's mailbox: sealed, counted against the limits, its deadline set, its files
     * kept with it (and their bytes taken back if it is not).
     */
    submitLetter: async (input: Submission) => {
      const kept = { storage: fileStorage(db), written: [] as WrittenBytes };
      try {
        return await runTransaction(db, (tx) => submit(tx, input, kept));
      } catch (error) {
        await releaseUnkept(db, kept.storage, kept.written);
        throw error;
      }
    },
    /** What a query code's holder sees of their letter, or null (a wrong code is counted all the same). */
    followLetter: (input: { code: string; address: string; now: Date }) =>
      runTransaction(db, async (tx) => {
        const letter = await byCode(tx, input.code, input.address, input.now);
        return letter && publicView.ofLetter(tx, letter, input.now);
      }),
    /** The submitter's rating of the reply; a dissatisfied one may reopen the letter once. Null for a wrong code. */
    rateLetter: (input: Rate) =>
      runTransaction(db, async (tx) => {
        const letter = await rate(tx, input);
        return letter && publicView.ofLetter(tx, letter, input.now);
      }),
    /** Hands an assigned letter back up to the unit that assigned it (the caller handles the letter's unit). */
    returnLetter: (input: Return) => runTransaction(db, (tx) => returnUp(tx, input)),
  },
});
