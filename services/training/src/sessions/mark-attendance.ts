// A trainer's attendance (training.teach at the course's unit): a seat of their session, of a learner of any unit
// (read and written through the course's side, `taught`), marked attended or not, from 30 minutes before the start on
// (often after the class). A mark by hand is never late; marking an attended seat attended again keeps how and when
// it was taken. Then the enrolment is refreshed in the same transaction (completion, the certificate). Audited once
// in the course's unit, the learner's name shown only to readers of the learner's unit (the seat lives there).
import { type Actor, AppError, recordAudit, toIso } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import { taught } from '../common/in-scope';
import { refreshEnrolment } from '../enrolments/progress';
import { trainingMessage } from '../locales';
import { shareSession } from './session-lock.sql';
import { markOpen } from './session-rules';
import type { marked, markInput } from './session-schemas';

type Marked = z.output<typeof marked>;

export async function markAttendance(tx: Tx, actor: Actor, input: z.output<typeof markInput>): Promise<Marked> {
  const shared = taught(actor.scope);
  const notFound = () => new AppError('NOT_FOUND', trainingMessage('sessionSeatNotFound'));
  const found = await tx.trainingSeat.findFirst({
    where: { id: input.seatId, ...shared },
    select: { sessionId: true },
  });
  if (!found) throw notFound();
  await shareSession(tx, found.sessionId);
  const seat = await tx.trainingSeat.findFirst({
    where: { id: input.seatId, ...shared },
    include: {
      session: { select: { title: true, status: true, startsAt: true, endsAt: true } },
      enrolment: { select: { learnerName: true } },
    },
  });
  if (!seat) throw notFound();
  const { session } = seat;
  if (session.status === 'cancelled') throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
  if (seat.status !== 'booked') throw new AppError('CONFLICT', trainingMessage('sessionSeatCancelledNoMark'));
  if (!markOpen(session, actor.now)) throw new AppError('BAD_REQUEST', trainingMessage('sessionMarkNotYet'));
  const after = input.attended
    ? seat.attendedAt
      ? { attendedAt: seat.attendedAt, attendedBy: seat.attendedBy, late: seat.late }
      : { attendedAt: actor.now, attendedBy: 'trainer', late: false }
    : { attendedAt: null, attendedBy: null, late: false };
  await tx.trainingSeat.updateMany({ where: { id: seat.id, status: 'booked', ...shared }, data: after });
  const refreshed = await refreshEnrolment(tx, seat.enrolmentId, shared, actor.now);
  if (!refreshed) throw notFound();
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: seat.courseUnitId,
    action: 'trainingSeat.mark',
    entity: 'TrainingSeat',
    entityId: seat.id,
    label: `${seat.enrolment.learnerName} · ${session.title}`,
    labelUnitId: seat.unitId,
    before: { attended: seat.attendedAt !== null, attendedAt: toIso(seat.attendedAt), attendedBy: seat.attendedBy },
    after: { attended: input.attended, attendedAt: toIso(after.attendedAt), attendedBy: after.attendedBy },
  });
  return {
    id: seat.id,
    attendedAt: toIso(after.attendedAt),
    attendedBy: after.attendedBy as Marked['attendedBy'],
    late: after.late,
    enrolmentStatus: refreshed.status,
    completedNow: refreshed.completedNow,
  };
}
