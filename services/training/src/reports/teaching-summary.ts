// reports.teaching: a trainer's classes for the overview's card. The courses are those of the unit's subtree where the
// caller holds training.teach (their own courses: a trainer teaches the courses of the units of their grant), the
// learners those courses' enrolments as shared with the course's unit (taught), the sessions those of the same courses
// that the caller leads. A unit outside the caller's training.teach answers as a missing one.
import { type Scope, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { taught } from '../common/in-scope';
import { percentOf } from './figures';
import type { TeachingSummary } from './reports-schemas';

/** The sessions the card names. */
export const teachingSessionsShown = 5;

export async function teachingSummary(
  db: Db,
  scope: Scope,
  accountId: number,
  unitId: number,
  now: Date,
): Promise<TeachingSummary> {
  const within = await withinPath(db, scope, 'training.teach', unitId);
  const running = { status: 'published', ...scope.ownedWhere('training.teach', within) };
  const [courses, statuses, sessions] = await Promise.all([
    db.course.count({ where: running }),
    db.enrolment.groupBy({
      by: ['status'],
      where: { ...taught(scope, within), course: running, status: { not: 'withdrawn' } },
      _count: { _all: true },
    }),
    db.trainingSession.findMany({
      where: {
        ...scope.ownedWhere('training.teach', within),
        trainerId: accountId,
        status: 'scheduled',
        endsAt: { gt: now },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: teachingSessionsShown,
      include: { course: { select: { title: true } } },
    }),
  ]);
  const enrolled = statuses.reduce((n, s) => n + s._count._all, 0);
  const completed = statuses.find((s) => s.status === 'completed')?._count._all ?? 0;
  return {
    courses,
    enrolled,
    completed,
    completionRate: percentOf(completed, enrolled),
    sessions: sessions.map((s) => ({
      id: s.id,
      courseId: s.courseId,
      courseTitle: s.course.title,
      title: s.title,
      place: s.place,
      startsAt: toIso(s.startsAt),
      endsAt: toIso(s.endsAt),
      capacity: s.capacity,
      booked: s.booked,
    })),
  };
}
