// An enrolment's progress, recomputed from what the learner did (lessons finished, quiz attempts submitted, sessions
// attended) against its version's completion criteria, after each of those writes, in the same transaction. Once
// complete it stays complete, and completion issues the certificate (one per enrolment) with its verification number.
//
// Called from both sides: a learner's own writes (through the team's system operations, on the raw client: `where`
// is {}) and a trainer's (attendance, on the guarded client: `where` is `taught(scope)`, the course's side).
import { verificationNumbers } from '@strata/api';
import type { Db, Tx } from '@strata/db';

export const certificateNumbers = verificationNumbers('TC');

/** The filter a caller reads a learner's rows through: {} on the raw client, the course's side on a guarded one. */
export type LearnerRowsWhere = Record<string, never> | { courseUnit: { OR: object[] } };

export type EnrolmentStatus = 'enrolled' | 'in_progress' | 'completed' | 'withdrawn';

export type CompletionCriteria = {
  lessonsRequired: boolean;
  lessonCount: number;
  minScore: number | null;
  sessionsRequired: number;
};
export type Done = { lessonsDone: number; bestScore: number | null; sessionsAttended: number };

/** Whether what was done meets the criteria (pure: unit-tested beside this file). */
export function meetsCriteria(criteria: CompletionCriteria, done: Done): boolean {
  if (criteria.lessonsRequired && done.lessonsDone < criteria.lessonCount) return false;
  if (criteria.minScore !== null && (done.bestScore === null || done.bestScore < criteria.minScore)) return false;
  return done.sessionsAttended >= criteria.sessionsRequired;
}

/** The share of the course done, 0-100, for a progress bar: each criterion weighs what it asks. */
export function progressPercent(criteria: CompletionCriteria, done: Done, status: EnrolmentStatus): number {
  if (status === 'completed') return 100;
  let asked = 0;
  let met = 0;
  if (criteria.lessonsRequired && criteria.lessonCount > 0) {
    asked += criteria.lessonCount;
    met += Math.min(done.lessonsDone, criteria.lessonCount);
  }
  if (criteria.minScore !== null) {
    asked += 1;
    if (done.bestScore !== null && done.bestScore >= criteria.minScore) met += 1;
  }
  if (criteria.sessionsRequired > 0) {
    asked += criteria.sessionsRequired;
    met += Math.min(done.sessionsAttended, criteria.sessionsRequired);
  }
  return asked === 0 ? 0 : Math.min(99, Math.floor((met * 100) / asked));
}

export type Refreshed = {
  status: EnrolmentStatus;
  done: Done;
  completedNow: boolean;
  certificateNumber: string | null;
};

/**
 * Recomputes the enrolment's figures and status, and issues its certificate when it completes now. Null when the
 * enrolment is not found through `where` (the caller answers as for a missing one).
 */
export async function refreshEnrolment(
  tx: Tx | Db,
  enrolmentId: number,
  where: LearnerRowsWhere,
  now: Date,
): Promise<Refreshed | null> {
  const enrolment = await tx.enrolment.findFirst({
    where: { id: enrolmentId, ...where },
    select: {
      id: true,
      status: true,
      unitId: true,
      courseUnitId: true,
      startedAt: true,
      version: { select: { lessonsRequired: true, lessonCount: true, minScore: true, sessionsRequired: true } },
      course: { select: { title: true } },
      user: { select: { displayName: true } },
    },
  });
  if (!enrolment) return null;
  // One after another: a transaction is one connection, which runs one statement at a time.
  const lessonsDone = await tx.lessonProgress.count({ where: { enrolmentId, ...where } });
  const best = await tx.quizAttempt.aggregate({
    where: { enrolmentId, status: 'submitted', ...where },
    _max: { score: true },
  });
  const sessionsAttended = await tx.trainingSeat.count({
    where: { enrolmentId, status: 'booked', attendedAt: { not: null }, ...where },
  });
  const done: Done = { lessonsDone, bestScore: best._max.score ?? null, sessionsAttended };
  const was = enrolment.status as EnrolmentStatus;
  const anything = lessonsDone > 0 || done.bestScore !== null || sessionsAttended > 0;
  const status: EnrolmentStatus =
    was === 'completed' || was === 'withdrawn'
      ? was
      : meetsCriteria(enrolment.version, done)
        ? 'completed'
        : anything
          ? 'in_progress'
          : 'enrolled';
  const completedNow = status === 'completed' && was !== 'completed';
  await tx.enrolment.updateMany({
    where: { id: enrolmentId, ...where },
    data: {
      ...done,
      status,
      learnerName: enrolment.user.displayName,
      ...(anything && !enrolment.startedAt ? { startedAt: now } : {}),
      ...(completedNow ? { completedAt: now } : {}),
    },
  });
  let certificateNumber: string | null = null;
  if (completedNow) {
    certificateNumber = certificateNumbers.create();
    await tx.trainingCertificate.create({
      data: {
        unitId: enrolment.unitId,
        courseUnitId: enrolment.courseUnitId,
        enrolmentId,
        number: certificateNumber,
        learnerName: enrolment.user.displayName,
        courseTitle: enrolment.course.title,
        issuedAt: now,
      },
    });
  }
  return { status, done, completedNow, certificateNumber };
}
