// A learner enrols themselves in a course open to their unit, and withdraws from one they chose. Both run through the
// caller's account: the enrolment belongs to their account's unit (its admins see their staff's training) and is
// shared with the course's unit; its version is the course's current one (kept when a new one is published).
//
// An enrolment is the learner's one row per course: after withdrawing they may enrol again, which reopens it where
// they left off (the same version, what they had done). A course assigned to them by their unit is not theirs to
// leave, nor one they completed.
import { AppError, recordAudit, runTransaction } from '@strata/api';
import type { EnrolmentStatus } from '@strata/contract';
import { type Db, isUniqueViolation } from '@strata/db';
import { activeStatuses, reopenedStatus } from '../enrolments/enrolment-facts';
import { trainingMessage } from '../locales';
import { releaseLeftSeats } from '../sessions/places';
import { lockEnrolment } from './enrolment-lock.sql';
import { isOpenTo } from './open-courses';
import { ownLearner } from './own-learner';

const refuse = (key: Parameters<typeof trainingMessage>[0], code: 'NOT_FOUND' | 'CONFLICT' = 'CONFLICT') =>
  new AppError(code, trainingMessage(key));

export async function enrol(db: Db, accountId: number, courseId: number, now: Date) {
  try {
    return await runTransaction(db, async (tx) => {
      const learner = await ownLearner(tx, accountId);
      const course = await tx.course.findUnique({
        where: { id: courseId },
        select: { id: true, unitId: true, title: true, status: true, audience: true, currentVersionId: true },
      });
      // A course that is not open to the caller answers as one that does not exist, as does a draft.
      if (!course || !isOpenTo(course, learner.unit) || course.status === 'draft' || course.currentVersionId === null)
        throw refuse('learningCourseNotOpen', 'NOT_FOUND');
      if (course.status !== 'published') throw refuse('learningCourseArchived');
      const existing = await tx.enrolment.findUnique({
        where: { courseId_userId: { courseId, userId: accountId } },
        select: {
          id: true,
          unitId: true,
          status: true,
          versionId: true,
          lessonsDone: true,
          bestScore: true,
          sessionsAttended: true,
        },
      });
      if (existing && existing.status !== 'withdrawn') throw refuse('learningAlreadyEnrolled');
      let id: number;
      let status: EnrolmentStatus = 'enrolled';
      if (existing) {
        await lockEnrolment(tx, existing.id);
        status = reopenedStatus(existing);
        const { count } = await tx.enrolment.updateMany({
          where: { id: existing.id, userId: accountId, status: 'withdrawn' },
          data: {
            status,
            source: 'self',
            dueOn: null,
            assignedById: null,
            learnerName: learner.displayName,
            enrolledAt: now,
          },
        });
        if (count !== 1) throw refuse('learningAlreadyEnrolled');
        id = existing.id;
      } else {
        const created = await tx.enrolment.create({
          data: {
            unitId: learner.unitId,
            courseUnitId: course.unitId,
            courseId,
            versionId: course.currentVersionId,
            userId: accountId,
            learnerName: learner.displayName,
            source: 'self',
            status,
            enrolledAt: now,
          },
          select: { id: true },
        });
        id = created.id;
      }
      await recordAudit(tx, {
        actorId: accountId,
        unitId: existing?.unitId ?? learner.unitId,
        action: 'trainingEnrolment.enrol',
        entity: 'Enrolment',
        entityId: id,
        label: `${learner.displayName} · ${course.title}`,
        after: { courseId, versionId: existing?.versionId ?? course.currentVersionId, status, source: 'self' },
      });
      return { id, courseId, status };
    });
  } catch (error) {
    // The same learner enrolling twice at once (or assigned at that moment): the second insert meets the first's row.
    if (isUniqueViolation(error)) throw refuse('learningAlreadyEnrolled');
    throw error;
  }
}

/** The caller leaves a course they enrolled in themselves and have not completed, giving back their seats to come. */
export function withdraw(db: Db, accountId: number, enrolmentId: number, now: Date) {
  return runTransaction(db, async (tx) => {
    // Another account's enrolment answers as a missing one.
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, userId: accountId },
      select: {
        id: true,
        unitId: true,
        status: true,
        source: true,
        learnerName: true,
        course: { select: { title: true } },
      },
    });
    if (!enrolment) throw refuse('learningEnrolmentNotFound', 'NOT_FOUND');
    if (enrolment.status === 'withdrawn') throw refuse('learningAlreadyWithdrawn');
    if (enrolment.status === 'completed') throw refuse('learningCompletedNoWithdraw');
    if (enrolment.source !== 'self') throw refuse('learningAssignedNoWithdraw');
    const { count } = await tx.enrolment.updateMany({
      where: { id: enrolment.id, userId: accountId, source: 'self', status: { in: [...activeStatuses] } },
      data: { status: 'withdrawn' },
    });
    // Assigned or completed between the read and the write.
    if (count !== 1) throw refuse('learningEnrolmentChanged');
    await releaseLeftSeats(tx, enrolment.id, now);
    await recordAudit(tx, {
      actorId: accountId,
      unitId: enrolment.unitId,
      action: 'trainingEnrolment.withdraw',
      entity: 'Enrolment',
      entityId: enrolment.id,
      label: `${enrolment.learnerName} · ${enrolment.course.title}`,
      before: { status: enrolment.status },
      after: { status: 'withdrawn' },
    });
    return { id: enrolment.id, status: 'withdrawn' as const };
  });
}
