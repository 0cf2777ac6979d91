// A learner's own enrolments and the page of one course as its learner sees it: the course, their version's modules
// and lessons with what they have done, the criteria and their figures, the progress and the certificate. All of it
// is read by the caller's account (the enrolment is theirs by `userId`), a few indexed reads per page.
import { AppError, toIso } from '@strata/api';
import type { EnrolmentSource, EnrolmentStatus, LessonKind, TrainingCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import { isOverdue, percentOf } from '../enrolments/enrolment-facts';
import { trainingMessage } from '../locales';
import type { MineInput, OwnCourse, OwnEnrolmentRow } from './learning-schemas';
import { outlineRead, ownEnrolmentRead } from './own-course.sql';

const criteriaSelect = { lessonsRequired: true, lessonCount: true, minScore: true, sessionsRequired: true } as const;

/** The caller's enrolments, newest first; `today` (Asia/Shanghai) decides which assignments are overdue. */
export async function ownEnrolments(db: Db, accountId: number, input: MineInput, today: string) {
  const where = { userId: accountId, ...(input.status ? { status: input.status } : {}) };
  const [rows, total] = await Promise.all([
    db.enrolment.findMany({
      where,
      orderBy: [{ enrolledAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        courseId: true,
        status: true,
        source: true,
        dueOn: true,
        enrolledAt: true,
        completedAt: true,
        lessonsDone: true,
        bestScore: true,
        sessionsAttended: true,
        course: { select: { title: true, category: true, unit: { select: { name: true } } } },
        version: { select: criteriaSelect },
        certificate: { select: { number: true, revokedAt: true } },
      },
    }),
    db.enrolment.count({ where }),
  ]);
  const items = rows.map(
    (e): OwnEnrolmentRow => ({
      id: e.id,
      courseId: e.courseId,
      courseTitle: e.course.title,
      category: e.course.category as TrainingCategory,
      courseUnitName: e.course.unit.name,
      status: e.status as EnrolmentStatus,
      progress: percentOf({ ...e.version, ...e }),
      source: e.source as EnrolmentSource,
      dueOn: e.dueOn,
      overdue: isOverdue(e, today),
      enrolledAt: toIso(e.enrolledAt),
      completedAt: toIso(e.completedAt),
      certificateNumber: e.certificate && !e.certificate.revokedAt ? e.certificate.number : null,
    }),
  );
  return { items, total, totalIsBound: false };
}

/** The caller's page of a course they are (or were) enrolled in. */
export async function ownCourse(db: Db, accountId: number, courseId: number, today: string): Promise<OwnCourse> {
  const e = await ownEnrolmentRead(db, accountId, courseId);
  if (!e) throw new AppError('NOT_FOUND', trainingMessage('notEnrolled'));
  const modules: OwnCourse['modules'] = [];
  for (const row of await outlineRead(db, e.versionId, e.id)) {
    let module = modules[modules.length - 1];
    if (module?.id !== row.moduleId) {
      module = { id: row.moduleId, title: row.moduleTitle, lessons: [] };
      modules.push(module);
    }
    if (row.lessonId !== null)
      module.lessons.push({
        id: row.lessonId,
        title: row.title ?? '',
        kind: row.kind as LessonKind,
        minutes: row.minutes ?? 0,
        done: Number(row.done) === 1,
      });
  }
  const criteria = {
    lessonsRequired: Boolean(e.lessonsRequired),
    lessonCount: e.lessonCount,
    minScore: e.minScore,
    sessionsRequired: e.sessionsRequired,
  };
  return {
    enrolmentId: e.id,
    course: {
      id: e.courseId,
      title: e.title,
      summary: e.summary,
      category: e.category as TrainingCategory,
      unitName: e.unitName,
    },
    versionNumber: e.versionNumber,
    status: e.status as EnrolmentStatus,
    source: e.source as EnrolmentSource,
    dueOn: e.dueOn,
    overdue: isOverdue(e, today),
    enrolledAt: toIso(e.enrolledAt),
    completedAt: toIso(e.completedAt),
    progress: percentOf({ ...e, ...criteria }),
    criteria,
    figures: { lessonsDone: e.lessonsDone, bestScore: e.bestScore, sessionsAttended: e.sessionsAttended },
    modules,
    certificate:
      e.certificateNumber === null ? null : { number: e.certificateNumber, revoked: e.certificateRevokedAt !== null },
  };
}
