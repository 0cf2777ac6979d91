// The rules of a letter's life, without a database: which steps each status allows, what a deadline says at a
// moment, which letters stand escalated. Domain functions ask these before they write; the console shows
// the same answers as the actions it offers.
import { AppError } from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import { mailboxMessage } from '../locales';

export const letterKinds = ['consultation', 'complaint', 'suggestion', 'help'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterStatuses = ['received', 'accepted', 'assigned', 'handled', 'replied', 'closed', 'rejected'] as const;
export type LetterStatus = (typeof letterStatuses)[number];

/** Statuses whose deadline runs: the letter waits for its reply. */
export const openStatuses: readonly LetterStatus[] = ['received', 'accepted', 'assigned', 'handled'];
export const isOpen = (status: LetterStatus) => openStatuses.includes(status);

/** The calendar month (YYYYMM, in the organisation's zone) a moment falls in: a letter's `receivedMonth`. */
export const monthNumberOf = (at: Date | number) => {
  const day = calendarDay(at);
  return Number(day.slice(0, 4)) * 100 + Number(day.slice(5, 7));
};

/** Working days each kind allows unless the municipality sets its own (domain.md: 3 for questions, up to 10+). */
export const defaultDeadlineDays: Record<LetterKind, number> = {
  consultation: 3,
  help: 3,
  complaint: 10,
  suggestion: 10,
};

/** The kinds whose submitter must leave a name and a phone: a complaint is followed up, help is given in person. */
export const contactRequired: Record<LetterKind, boolean> = {
  consultation: false,
  help: true,
  complaint: true,
  suggestion: false,
};

export const ratings = ['satisfied', 'basic', 'dissatisfied'] as const;
export type Rating = (typeof ratings)[number];

/** The steps a handler takes; each is an event on the letter's timeline. */
export type Step = 'accept' | 'reject' | 'assign' | 'return' | 'handle' | 'reply' | 'close';

/** The statuses each step starts from. */
const stepFrom: Record<Step, readonly LetterStatus[]> = {
  accept: ['received'],
  reject: ['received'],
  // A unit that holds an accepted letter assigns it down; a township assigns on what was assigned to it.
  assign: ['accepted', 'assigned'],
  return: ['assigned'],
  handle: ['accepted', 'assigned'],
  reply: ['accepted', 'assigned', 'handled'],
  close: ['replied'],
};

/** The status a step leaves the letter in. */
export const statusAfter: Record<Step, LetterStatus> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'assigned',
  // Back with a unit that had accepted it or had it assigned: either way it holds it again to assign or handle.
  return: 'accepted',
  handle: 'handled',
  reply: 'replied',
  close: 'closed',
};

export const mayTake = (step: Step, status: LetterStatus) => stepFrom[step].includes(status);

/** The step's own error when the letter's status does not allow it (two handlers at once, a stale page). */
export function assertMayTake(step: Step, status: LetterStatus) {
  if (!mayTake(step, status)) throw new AppError('CONFLICT', mailboxMessage('stepNotAllowed'));
}

/** Where a letter stands against its deadline at a moment. */
export type DeadlineState = 'onTime' | 'dueSoon' | 'overdue' | 'answeredOnTime' | 'answeredLate' | 'none';

type Timing = {
  status: LetterStatus;
  dueAt: Date;
  dueSoonAt: Date;
  repliedAt: Date | null;
};

/** Derived at read time: nothing moves a letter when its deadline passes, the clock is simply read against it. */
export function deadlineState({ status, dueAt, dueSoonAt, repliedAt }: Timing, now: Date): DeadlineState {
  if (status === 'rejected') return 'none';
  if (!isOpen(status)) {
    if (!repliedAt) return 'none';
    return repliedAt < dueAt ? 'answeredOnTime' : 'answeredLate';
  }
  if (now >= dueAt) return 'overdue';
  if (now >= dueSoonAt) return 'dueSoon';
  return 'onTime';
}

/** An open letter past its deadline is escalated to the unit above the one handling it (none above the top). */
export const escalatedTo = <Unit>(timing: Timing, now: Date, above: Unit | null): Unit | null =>
  deadlineState(timing, now) === 'overdue' ? above : null;

/** An extension is asked while the deadline still runs, and only one waits for an answer at a time. */
export function assertMayAskExtension(
  letter: Timing & { extensionState: string },
  now: Date,
): asserts letter is Timing & { extensionState: 'none' | 'approved' | 'declined' } {
  if (!isOpen(letter.status)) throw new AppError('CONFLICT', mailboxMessage('stepNotAllowed'));
  if (now >= letter.dueAt) throw new AppError('CONFLICT', mailboxMessage('extensionTooLate'));
  if (letter.extensionState === 'pending') throw new AppError('CONFLICT', mailboxMessage('extensionPending'));
}

/**
 * A rating from the submitter: once, on a replied (or closed) letter. Satisfied or basic closes it; dissatisfied
 * may reopen it, once, back to the unit that replied with a fresh deadline.
 */
export function ratingOutcome(
  letter: { status: LetterStatus; rating: string | null; reopenedAt: Date | null },
  rating: Rating,
  reopen: boolean,
): 'closed' | 'reopened' | 'kept' {
  if (letter.status !== 'replied' && letter.status !== 'closed')
    throw new AppError('CONFLICT', mailboxMessage('notReplied'));
  if (letter.rating !== null) throw new AppError('CONFLICT', mailboxMessage('alreadyRated'));
  if (rating !== 'dissatisfied') return 'closed';
  if (!reopen) return letter.status === 'closed' ? 'kept' : 'closed';
  if (letter.reopenedAt !== null) throw new AppError('CONFLICT', mailboxMessage('alreadyReopened'));
  return 'reopened';
}

/** A letter's number as people quote it on the phone: the year it came in (in the organisation's zone) and its id. */
export const letterNumber = (id: number, receivedAt: Date | string) =>
  `${calendarDay(receivedAt).slice(0, 4)}-${String(id).padStart(6, '0')}`;
