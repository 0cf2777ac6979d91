// A learner checking in to a session with the code on its screen, across scopes (their enrolment, by their account).
// Refused, each with its own words: a session they cannot see (as a missing one), cancelled, outside the time (30
// minutes before the start until the end), already checked in, then by the code as @strata/checkin judges it
// (unknown, of another session, used, expired). The code is consumed by a conditional update (still unused) in the
// transaction that writes the attendance, so of two learners racing for one code one wins and the other hears it was
// used. A learner enrolled but without a seat takes a free place (the booking's conditional update), if one is left.
// The late flag is @strata/checkin's (after the start plus its grace). Then the enrolment is refreshed (completion,
// the certificate). Audited once, in the learner's unit.
import { AppError, recordAudit, runTransaction, toIso } from '@strata/api';
import { attendanceFlags, judgeCode } from '@strata/checkin';
import { type Db, isUniqueViolation, type Tx } from '@strata/db';
import { refreshEnrolment } from '../enrolments/progress';
import { trainingMessage } from '../locales';
import { ownSession } from './own-sessions';
import { takePlace } from './places';
import { shareSession } from './session-lock.sql';
import { checkinOpen, checkinPurpose, codeRefusal } from './session-rules';

type Key = Parameters<typeof trainingMessage>[0];
const refuse = (key: Key, code: 'BAD_REQUEST' | 'CONFLICT' = 'BAD_REQUEST') => new AppError(code, trainingMessage(key));

/** The code row an attempt names: this session's newest with those digits, else a live one of another session. */
async function codeNamed(tx: Tx, sessionId: number, code: string, now: Date) {
  const own = await tx.trainingCheckinCode.findFirst({
    where: { sessionId, code },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
  if (own) return own;
  return tx.trainingCheckinCode.findFirst({
    where: { code, sessionId: { not: sessionId }, usedAt: null, expiresAt: { gt: now } },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
}

/** Judges the code and consumes it, or throws the refusal. */
async function consumeCode(tx: Tx, sessionId: number, code: string, who: number, now: Date) {
  const found = await codeNamed(tx, sessionId, code, now);
  const verdict = judgeCode(
    found && {
      subjectId: found.sessionId,
      purpose: checkinPurpose,
      expiresAt: found.expiresAt,
      usedAt: found.usedAt,
      usedBy: found.usedById,
    },
    { subjectId: sessionId, purpose: checkinPurpose, who, now },
  );
  if (verdict !== 'ok' || !found) throw refuse(codeRefusal(verdict === 'ok' ? 'unknown' : verdict));
  const { count } = await tx.trainingCheckinCode.updateMany({
    where: { id: found.id, usedAt: null },
    data: { usedAt: now, usedById: who },
  });
  if (count !== 1) throw refuse('sessionCodeUsed', 'CONFLICT');
}

export async function checkInToSession(
  db: Db,
  accountId: number,
  input: { sessionId: number; code: string },
  now: Date,
) {
  try {
    return await runTransaction(db, async (tx) => {
      await shareSession(tx, input.sessionId);
      const { session, enrolment } = await ownSession(tx, accountId, input.sessionId);
      if (session.status === 'cancelled') throw refuse('sessionCancelled', 'CONFLICT');
      if (!checkinOpen(session, now)) throw refuse('sessionCheckinClosed');
      const seat = await tx.trainingSeat.findUnique({
        where: { sessionId_enrolmentId: { sessionId: session.id, enrolmentId: enrolment.id } },
        select: { id: true, status: true, attendedAt: true },
      });
      const booked = seat?.status === 'booked';
      if (booked && seat.attendedAt) throw refuse('sessionAlreadyCheckedIn', 'CONFLICT');
      await consumeCode(tx, session.id, input.code, accountId, now);
      if (!booked && !(await takePlace(tx, session.id, null))) throw refuse('sessionNoPlaceLeft', 'CONFLICT');
      const { late } = attendanceFlags({ ...session, checkedInAt: now, checkedOutAt: null });
      const attendance = { attendedAt: now, attendedBy: 'code', late };
      let seatId: number;
      if (seat) {
        // The booked seat, or one given back before and taken again now (one seat per enrolment and session).
        const { count } = await tx.trainingSeat.updateMany({
          where: { id: seat.id, status: seat.status, attendedAt: null },
          data: { ...attendance, status: 'booked', ...(booked ? {} : { bookedAt: now }) },
        });
        if (count !== 1) throw refuse('sessionAlreadyCheckedIn', 'CONFLICT');
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
            ...attendance,
          },
          select: { id: true },
        });
        seatId = row.id;
      }
      const refreshed = await refreshEnrolment(tx, enrolment.id, {}, now);
      if (!refreshed) throw new AppError('NOT_FOUND', trainingMessage('sessionNotOpenToYou'));
      await recordAudit(tx, {
        actorId: accountId,
        unitId: enrolment.unitId,
        action: 'trainingSeat.checkIn',
        entity: 'TrainingSeat',
        entityId: seatId,
        label: `${enrolment.learnerName} · ${session.title}`,
        after: { attendedAt: toIso(now), attendedBy: 'code', late, walkIn: !booked },
      });
      return {
        seatId,
        attendedAt: toIso(now),
        late,
        enrolmentStatus: refreshed.status,
        completedNow: refreshed.completedNow,
      };
    });
  } catch (error) {
    // The same learner checking in twice at once without a seat: the second seat meets the first's.
    if (isUniqueViolation(error)) throw refuse('sessionAlreadyCheckedIn', 'CONFLICT');
    throw error;
  }
}
