// A learner's own sessions, across scopes (their account holds no grant): found through their enrolments by their
// account, never by an id from the page alone (a session id is taken, then the caller's enrolment in its course is
// looked up; a session of a course they are not enrolled in answers as a missing one). The sessions of their courses
// from now on, a seat booked before the start (the place taken by one conditional update, the seat unique per
// enrolment and session) and given back before the start. Each change audited once, in the learner's unit (their
// seat lives there).
import { AppError, recordAudit, runTransaction, toIso } from '@strata/api';
import { type Db, isUniqueViolation, type Tx } from '@strata/db';
import type { z } from 'zod';
import { trainingMessage } from '../locales';
import { givePlaceBack, takePlace } from './places';
import { beforeStart, placesLeft } from './session-rules';
import type { upcomingRow } from './session-schemas';

type Upcoming = z.output<typeof upcomingRow>;
type Key = Parameters<typeof trainingMessage>[0];
const refuse = (key: Key, code: 'BAD_REQUEST' | 'CONFLICT' = 'BAD_REQUEST') => new AppError(code, trainingMessage(key));

/** The session and the caller's live enrolment in its course; a missing one of either answers the same. */
export async function ownSession(db: Db | Tx, accountId: number, sessionId: number) {
  const session = await db.trainingSession.findUnique({
    where: { id: sessionId },
    include: { course: { select: { title: true } } },
  });
  const enrolment =
    session &&
    (await db.enrolment.findFirst({
      where: { courseId: session.courseId, userId: accountId, status: { not: 'withdrawn' } },
      select: { id: true, unitId: true, courseUnitId: true, learnerName: true },
    }));
  if (!session || !enrolment) throw new AppError('NOT_FOUND', trainingMessage('sessionNotOpenToYou'));
  return { session, enrolment };
}

const placesOf = async (tx: Tx, sessionId: number) =>
  placesLeft(
    await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { capacity: true, booked: true } }),
  );

export function ownSessionsSystem(db: Db) {
  return {
    /**
     * The sessions of the caller's courses (enrolments not withdrawn) that have not ended, soonest first, with their
     * seat; a cancelled one only where they held a seat (so they learn of it).
     */
    async upcomingSessions(
      accountId: number,
      input: { courseId?: number | undefined; page: number; pageSize: number },
      now: Date,
    ) {
      const enrolments = await db.enrolment.findMany({
        where: {
          userId: accountId,
          status: { not: 'withdrawn' },
          ...(input.courseId ? { courseId: input.courseId } : {}),
        },
        select: { id: true, courseId: true },
      });
      if (!enrolments.length) return { items: [], total: 0, totalIsBound: false };
      const enrolmentIds = enrolments.map((e) => e.id);
      const where = {
        courseId: { in: enrolments.map((e) => e.courseId) },
        endsAt: { gt: now },
        OR: [{ status: 'scheduled' }, { seats: { some: { enrolmentId: { in: enrolmentIds } } } }],
      };
      const [sessions, total] = await Promise.all([
        db.trainingSession.findMany({
          where,
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
          include: { course: { select: { title: true } }, trainer: { select: { displayName: true } } },
        }),
        db.trainingSession.count({ where }),
      ]);
      const seats = await db.trainingSeat.findMany({
        where: { sessionId: { in: sessions.map((s) => s.id) }, enrolmentId: { in: enrolmentIds } },
        select: { id: true, sessionId: true, status: true, attendedAt: true, late: true },
      });
      const seatOf = new Map(seats.map((s) => [s.sessionId, s]));
      const items = sessions.map((s): Upcoming => {
        const seat = seatOf.get(s.id);
        return {
          id: s.id,
          courseId: s.courseId,
          courseTitle: s.course.title,
          title: s.title,
          place: s.place,
          startsAt: toIso(s.startsAt),
          endsAt: toIso(s.endsAt),
          status: s.status as Upcoming['status'],
          trainerName: s.trainer?.displayName ?? null,
          capacity: s.capacity,
          placesLeft: s.status === 'scheduled' ? placesLeft(s) : 0,
          mySeat: seat
            ? {
                id: seat.id,
                status: seat.status as 'booked' | 'cancelled',
                attendedAt: toIso(seat.attendedAt),
                late: seat.late,
              }
            : null,
        };
      });
      return { items, total, totalIsBound: false };
    },

    /** Books the caller a seat in a scheduled session of their course that has not begun; refused when full. */
    async bookSessionSeat(accountId: number, sessionId: number, now: Date) {
      try {
        return await runTransaction(db, async (tx) => {
          const { session, enrolment } = await ownSession(tx, accountId, sessionId);
          if (session.status === 'cancelled') throw refuse('sessionCancelled', 'CONFLICT');
          if (!beforeStart(session, now)) throw refuse('sessionBookingClosed');
          const seat = await tx.trainingSeat.findUnique({
            where: { sessionId_enrolmentId: { sessionId: session.id, enrolmentId: enrolment.id } },
            select: { id: true, status: true },
          });
          if (seat?.status === 'booked') throw refuse('sessionSeatAlreadyBooked', 'CONFLICT');
          if (!(await takePlace(tx, session.id, now))) {
            // Read again: the session may have been cancelled or begun since it was read above.
            const latest = await tx.trainingSession.findUniqueOrThrow({ where: { id: session.id } });
            if (latest.status === 'cancelled') throw refuse('sessionCancelled', 'CONFLICT');
            if (!beforeStart(latest, now)) throw refuse('sessionBookingClosed');
            throw refuse('sessionFull', 'CONFLICT');
          }
          let seatId: number;
          if (seat) {
            // Booked again after giving it back: the same seat (one per enrolment and session).
            const { count } = await tx.trainingSeat.updateMany({
              where: { id: seat.id, status: 'cancelled' },
              data: { status: 'booked', bookedAt: now, attendedAt: null, attendedBy: null, late: false },
            });
            if (count !== 1) throw refuse('sessionSeatAlreadyBooked', 'CONFLICT');
            seatId = seat.id;
          } else {
            const row = await tx.trainingSeat.create({
              data: {
                unitId: enrolment.unitId,
                courseUnitId: enrolment.courseUnitId,
                sessionId: session.id,
                enrolmentId: enrolment.id,
                status: 'booked',
                bookedAt: now,
              },
              select: { id: true },
            });
            seatId = row.id;
          }
          const left = await placesOf(tx, session.id);
          await recordAudit(tx, {
            actorId: accountId,
            unitId: enrolment.unitId,
            action: 'trainingSeat.book',
            entity: 'TrainingSeat',
            entityId: seatId,
            label: `${enrolment.learnerName} · ${session.title}`,
            after: { status: 'booked', startsAt: toIso(session.startsAt), place: session.place },
          });
          return { seatId, placesLeft: left };
        });
      } catch (error) {
        // The same learner booking twice at once: the second seat meets the first's (and its place goes back
        // with its rolled-back transaction).
        if (isUniqueViolation(error)) throw refuse('sessionSeatAlreadyBooked', 'CONFLICT');
        throw error;
      }
    },

    /** Gives the caller's seat back before the session begins (not once they have checked in). */
    cancelSessionSeat(accountId: number, sessionId: number, now: Date) {
      return runTransaction(db, async (tx) => {
        const { session, enrolment } = await ownSession(tx, accountId, sessionId);
        const seat = await tx.trainingSeat.findUnique({
          where: { sessionId_enrolmentId: { sessionId: session.id, enrolmentId: enrolment.id } },
        });
        if (seat?.status !== 'booked') throw refuse('sessionNoSeatToCancel');
        if (session.status === 'cancelled') throw refuse('sessionCancelled', 'CONFLICT');
        if (seat.attendedAt) throw refuse('sessionSeatAttended', 'CONFLICT');
        if (!beforeStart(session, now)) throw refuse('sessionSeatCancelClosed');
        const { count } = await tx.trainingSeat.updateMany({
          where: { id: seat.id, status: 'booked', attendedAt: null },
          data: { status: 'cancelled' },
        });
        if (count !== 1) throw refuse('sessionNoSeatToCancel');
        await givePlaceBack(tx, session.id);
        const left = await placesOf(tx, session.id);
        await recordAudit(tx, {
          actorId: accountId,
          unitId: enrolment.unitId,
          action: 'trainingSeat.cancel',
          entity: 'TrainingSeat',
          entityId: seat.id,
          label: `${enrolment.learnerName} · ${session.title}`,
          before: { status: 'booked' },
          after: { status: 'cancelled' },
        });
        return { seatId: seat.id, placesLeft: left };
      });
    },
  };
}
