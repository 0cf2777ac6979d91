// A session's places, kept on the session's row: `booked` moves only by conditional updates, so whatever runs beside
// them it never passes `capacity` nor drops below zero. Taking a place is ONE update that finds the row only while
// `booked < capacity` (the capacity as the row holds it when written, by a field reference) and adds one; its count
// says whether a place was left. A learner's own calls run on the raw client (no scope filter).
import type { Tx } from '@strata/db';

/**
 * Takes a place in a scheduled session; false when none was left (or the session is no longer scheduled).
 * `startsAfter`: only while the session has not begun (booking; a check-in takes a place during the session).
 */
export async function takePlace(tx: Tx, sessionId: number, startsAfter: Date | null): Promise<boolean> {
  const { count } = await tx.trainingSession.updateMany({
    where: {
      id: sessionId,
      status: 'scheduled',
      booked: { lt: tx.trainingSession.fields.capacity },
      ...(startsAfter ? { startsAt: { gt: startsAfter } } : {}),
    },
    data: { booked: { increment: 1 } },
  });
  return count === 1;
}

/** Gives a place back to a scheduled session (never below zero). */
export async function givePlaceBack(tx: Tx, sessionId: number): Promise<void> {
  await tx.trainingSession.updateMany({
    where: { id: sessionId, status: 'scheduled', booked: { gt: 0 } },
    data: { booked: { decrement: 1 } },
  });
}

/**
 * A learner left the course (withdrew, or their assignment was withdrawn): their seats in sessions not begun by `now`
 * go back, each place with it. Attended seats, and those of sessions under way or past, stay as the record of what
 * happened. Only while the enrolment is withdrawn, so running it again, or for an enrolment reopened since, changes
 * nothing.
 */
export async function releaseLeftSeats(tx: Tx, enrolmentId: number, now: Date): Promise<number> {
  const seats = await tx.trainingSeat.findMany({
    where: {
      enrolmentId,
      status: 'booked',
      attendedAt: null,
      enrolment: { status: 'withdrawn' },
      session: { startsAt: { gt: now } },
    },
    select: { id: true, sessionId: true },
  });
  let released = 0;
  for (const seat of seats) {
    const { count } = await tx.trainingSeat.updateMany({
      where: { id: seat.id, status: 'booked', attendedAt: null },
      data: { status: 'cancelled' },
    });
    if (count !== 1) continue;
    await givePlaceBack(tx, seat.sessionId);
    released += 1;
  }
  return released;
}
