// A classroom session's rules, pure: its time and places as a form gives them, when its screen shows codes and a
// learner checks in (from 30 minutes before the start until the end), when a trainer takes attendance (from the same
// opening, at any time after: the list is often taken after the class), when seats are booked and given back (before
// the start), and the words for each verdict @strata/checkin gives a code. Nothing here reads a database.
import type { CodeVerdict } from '@strata/checkin';
import { trainingLimits } from '@strata/contract';

const minute = 60_000;
export const opensBeforeStartMs = 30 * minute;

type Times = { startsAt: Date; endsAt: Date };

export type SessionProblem =
  | { field: 'endsAt'; key: 'sessionEndsBeforeStart' }
  | { field: 'endsAt'; key: 'sessionTooLong'; vars: { hours: number } }
  | { field: 'startsAt'; key: 'sessionStartsInPast' }
  | { field: 'capacity'; key: 'sessionCapacityBelowBooked'; vars: { booked: number } };

/**
 * The first thing wrong with a session's fields, or null. A new start must lie ahead (`startChanged`: creating, or
 * moving it); the places never drop below the seats booked.
 */
export function sessionProblem(
  s: Times & { capacity: number },
  context: { now: Date; startChanged: boolean; booked: number },
): SessionProblem | null {
  if (s.endsAt.getTime() <= s.startsAt.getTime()) return { field: 'endsAt', key: 'sessionEndsBeforeStart' };
  if (s.endsAt.getTime() - s.startsAt.getTime() > trainingLimits.sessionHoursMax * 60 * minute)
    return { field: 'endsAt', key: 'sessionTooLong', vars: { hours: trainingLimits.sessionHoursMax } };
  if (context.startChanged && s.startsAt.getTime() <= context.now.getTime())
    return { field: 'startsAt', key: 'sessionStartsInPast' };
  if (s.capacity < context.booked)
    return { field: 'capacity', key: 'sessionCapacityBelowBooked', vars: { booked: context.booked } };
  return null;
}

const opening = (s: Times) => s.startsAt.getTime() - opensBeforeStartMs;

/** Whether a learner may check in now, and the screen show codes: from 30 minutes before the start until the end. */
export const checkinOpen = (s: Times, now: Date) => now.getTime() >= opening(s) && now.getTime() < s.endsAt.getTime();

/** Whether a trainer may take attendance now: from 30 minutes before the start, and any time after. */
export const markOpen = (s: Times, now: Date) => now.getTime() >= opening(s);

/** Whether seats are booked and given back now: until the start. */
export const beforeStart = (s: Pick<Times, 'startsAt'>, now: Date) => now.getTime() < s.startsAt.getTime();

/** The message of a refused code. Session codes serve one purpose (checking in): any other verdict is not known. */
export function codeRefusal(verdict: Exclude<CodeVerdict, 'ok'>) {
  switch (verdict) {
    case 'expired':
      return 'sessionCodeExpired' as const;
    case 'used':
      return 'sessionCodeUsed' as const;
    case 'otherSubject':
      return 'sessionCodeOtherSession' as const;
    default:
      return 'sessionCodeUnknown' as const;
  }
}

/** The one purpose a session code serves, as @strata/checkin judges it. */
export const checkinPurpose = 'in' as const;

/** The console page where a learner confirms the code the session's screen shows (what its QR code carries). */
export const sessionCheckinPath = '/training/checkin/:subject';

/** The places a session has left (never below zero: a capacity lowered by hand never goes below the booked seats). */
export const placesLeft = (s: { capacity: number; booked: number }) => Math.max(0, s.capacity - s.booked);
