// A session's class list as its trainer reads it (training.teach at the course's unit): the session, and its seats
// across the learners' units (read through the course's side, `taught`), each with the learner's name as the
// enrolment keeps it, their unit's name and their attendance. Nothing else about the learner.
import { AppError, type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { taught } from '../common/in-scope';
import { trainingMessage } from '../locales';
import type { roster, rosterSeat } from './session-schemas';

type Roster = z.output<typeof roster>;
type Seat = z.output<typeof rosterSeat>;

export async function sessionRoster(db: Db, scope: Scope, id: number): Promise<Roster> {
  const session = await db.trainingSession.findFirst({
    where: { id, ...scope.ownedWhere('training.teach') },
    include: { course: { select: { title: true } }, trainer: { select: { displayName: true } } },
  });
  if (!session) throw new AppError('NOT_FOUND', trainingMessage('sessionNotFound'));
  const seats = await db.trainingSeat.findMany({
    where: { sessionId: session.id, ...taught(scope) },
    // Booked seats first ('booked' < 'cancelled'), each in booking order.
    orderBy: [{ status: 'asc' }, { bookedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      status: true,
      attendedAt: true,
      attendedBy: true,
      late: true,
      enrolment: { select: { learnerName: true } },
      unit: { select: { name: true } },
    },
  });
  return {
    id: session.id,
    courseId: session.courseId,
    courseTitle: session.course.title,
    unitId: session.unitId,
    title: session.title,
    place: session.place,
    startsAt: toIso(session.startsAt),
    endsAt: toIso(session.endsAt),
    capacity: session.capacity,
    booked: session.booked,
    trainerName: session.trainer?.displayName ?? null,
    status: session.status as Roster['status'],
    seats: seats.map(
      (s): Seat => ({
        id: s.id,
        learnerName: s.enrolment.learnerName,
        unitName: s.unit.name,
        status: s.status as Seat['status'],
        attendedAt: toIso(s.attendedAt),
        attendedBy: s.attendedBy as Seat['attendedBy'],
        late: s.late,
      }),
    ),
  };
}
