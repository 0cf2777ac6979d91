// A lesson as its learner reads it, and marking it done. A lesson is the caller's when it belongs to the version of
// their own enrolment (found by their account, not withdrawn); any other lesson answers as a missing one. Marking is
// idempotent (a lesson done stays done, once); the enrolment's figures and status are then recounted
// (refreshEnrolment), which completes it and issues its certificate once the criteria are met.
import { AppError, recordAudit, runTransaction } from '@strata/api';
import type { EnrolmentStatus, LessonKind } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import { fileUrl } from '@strata/files';
import { percentOf } from '../enrolments/enrolment-facts';
import { refreshEnrolment } from '../enrolments/progress';
import { trainingMessage } from '../locales';
import { lockEnrolment } from './enrolment-lock.sql';
import type { CompleteResult, OwnLesson } from './learning-schemas';

const lessonNotFound = () => new AppError('NOT_FOUND', trainingMessage('learningLessonNotFound'));

/** The lesson and the caller's enrolment of its version (withdrawn ones included: the caller decides what follows). */
async function ownLessonOf(db: Db | Tx, accountId: number, lessonId: number) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      versionId: true,
      kind: true,
      title: true,
      body: true,
      url: true,
      minutes: true,
      module: { select: { title: true } },
      file: { select: { id: true, name: true, kind: true, mime: true, size: true } },
    },
  });
  if (!lesson) throw lessonNotFound();
  const enrolment = await db.enrolment.findFirst({
    where: { userId: accountId, versionId: lesson.versionId },
    select: {
      id: true,
      courseId: true,
      unitId: true,
      courseUnitId: true,
      status: true,
      learnerName: true,
      course: { select: { title: true } },
      version: { select: { lessonsRequired: true, lessonCount: true, minScore: true, sessionsRequired: true } },
    },
  });
  if (!enrolment) throw lessonNotFound();
  return { lesson, enrolment };
}

/** The lesson with its content, whether the caller has done it, and its neighbours in the course's order. */
export async function ownLesson(db: Db, accountId: number, lessonId: number): Promise<OwnLesson> {
  const { lesson, enrolment } = await ownLessonOf(db, accountId, lessonId);
  if (enrolment.status === 'withdrawn') throw new AppError('CONFLICT', trainingMessage('learningWithdrawnNoStudy'));
  const [done, order] = await Promise.all([
    db.lessonProgress.findUnique({
      where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId } },
      select: { id: true },
    }),
    lessonOrder(db, lesson.versionId),
  ]);
  const at = order.indexOf(lesson.id);
  return {
    id: lesson.id,
    enrolmentId: enrolment.id,
    courseId: enrolment.courseId,
    moduleTitle: lesson.module.title,
    title: lesson.title,
    kind: lesson.kind as LessonKind,
    body: lesson.body,
    minutes: lesson.minutes,
    file: lesson.file
      ? {
          id: lesson.file.id,
          name: lesson.file.name,
          kind: lesson.file.kind,
          mime: lesson.file.mime,
          size: lesson.file.size,
          url: fileUrl(lesson.file),
        }
      : null,
    url: lesson.url,
    done: done !== null,
    previousId: order[at - 1] ?? null,
    nextId: order[at + 1] ?? null,
  };
}

/** The version's lesson ids in the course's order: by module, then by position. */
async function lessonOrder(db: Db, versionId: number): Promise<number[]> {
  const lessons = await db.lesson.findMany({
    where: { versionId },
    select: { id: true, position: true, module: { select: { position: true, id: true } } },
  });
  return lessons
    .sort(
      (a, b) =>
        a.module.position - b.module.position || a.module.id - b.module.id || a.position - b.position || a.id - b.id,
    )
    .map((l) => l.id);
}

/** Marks the lesson done for the caller (once), then recounts their enrolment. */
export function completeLesson(db: Db, accountId: number, lessonId: number, now: Date): Promise<CompleteResult> {
  return runTransaction(db, async (tx) => {
    const { lesson, enrolment } = await ownLessonOf(tx, accountId, lessonId);
    if (enrolment.status === 'withdrawn') throw new AppError('CONFLICT', trainingMessage('learningWithdrawnNoStudy'));
    // Two lessons finished at once must not both count from the same figures.
    await lockEnrolment(tx, enrolment.id);
    const known = await tx.lessonProgress.findUnique({
      where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId } },
      select: { id: true },
    });
    if (known) {
      // Done already: nothing changes, nothing is logged.
      const figures = await tx.enrolment.findUniqueOrThrow({
        where: { id: enrolment.id },
        select: { status: true, lessonsDone: true, bestScore: true, sessionsAttended: true },
      });
      return {
        lessonId,
        enrolmentId: enrolment.id,
        status: figures.status as EnrolmentStatus,
        progress: percentOf({ ...enrolment.version, ...figures }),
        lessonsDone: figures.lessonsDone,
        certificateNumber: null,
      };
    }
    await tx.lessonProgress.create({
      data: {
        unitId: enrolment.unitId,
        courseUnitId: enrolment.courseUnitId,
        enrolmentId: enrolment.id,
        lessonId,
        completedAt: now,
      },
    });
    const refreshed = await refreshEnrolment(tx, enrolment.id, {}, now);
    if (!refreshed) throw lessonNotFound();
    await recordAudit(tx, {
      actorId: accountId,
      unitId: enrolment.unitId,
      action: 'trainingLesson.complete',
      // The enrolment's trail: what its learner did, lesson by lesson.
      entity: 'Enrolment',
      entityId: enrolment.id,
      label: `${enrolment.learnerName} · ${enrolment.course.title} · ${lesson.title}`,
      after: {
        lessonId,
        lessonsDone: refreshed.done.lessonsDone,
        status: refreshed.status,
        ...(refreshed.certificateNumber ? { certificateNumber: refreshed.certificateNumber } : {}),
      },
    });
    return {
      lessonId,
      enrolmentId: enrolment.id,
      status: refreshed.status,
      progress: percentOf({ ...enrolment.version, ...refreshed.done, status: refreshed.status }),
      lessonsDone: refreshed.done.lessonsDone,
      certificateNumber: refreshed.certificateNumber,
    };
  });
}
