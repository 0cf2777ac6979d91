// Cancelling a scheduled session (training.manage at the course's unit) with its booked seats: the learners find it
// cancelled in their list, with their seat. Refused once attendance has been taken (it counts toward completion and
// stays). The session is claimed by a conditional update (still scheduled), so a booking that runs beside it either
// lands before (and is cancelled with the rest) or finds the session cancelled. Audited once.
import { type Actor, AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { trainingMessage } from '../locales';

const manage = 'training.manage' as const;

export async function cancelSession(tx: Tx, actor: Actor, id: number) {
  const owned = actor.scope.ownedWhere(manage);
  // The seats of the courses the caller manages, whatever their learners' units.
  const seatsOfCourse = actor.scope.sharedWhere('courseUnit', manage);
  const session = await tx.trainingSession.findFirst({
    where: { id, ...owned },
    include: { course: { select: { title: true } } },
  });
  if (!session) throw new AppError('NOT_FOUND', trainingMessage('sessionNotFound'));
  if (session.status === 'cancelled') throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
  const { count } = await tx.trainingSession.updateMany({
    where: { id: session.id, status: 'scheduled', ...owned },
    data: { status: 'cancelled', booked: 0 },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
  const attended = await tx.trainingSeat.count({
    where: { sessionId: session.id, status: 'booked', attendedAt: { not: null }, ...seatsOfCourse },
  });
  if (attended > 0) throw new AppError('CONFLICT', trainingMessage('sessionAttendanceTaken'));
  const seats = await tx.trainingSeat.updateMany({
    where: { sessionId: session.id, status: 'booked', ...seatsOfCourse },
    data: { status: 'cancelled' },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: session.unitId,
    action: 'trainingSession.cancel',
    entity: 'TrainingSession',
    entityId: session.id,
    label: `${session.course.title} · ${session.title}`,
    before: { status: 'scheduled', booked: session.booked },
    after: { status: 'cancelled', booked: 0, seatsCancelled: seats.count },
  });
  return { id: session.id, seatsCancelled: seats.count };
}
