// One enrolment as either side sees it (eitherSide: the learner's unit's training.read, or the course's unit's
// training.teach): the learner's name and unit's name, the course, the learner's version's criteria and their
// figures, every lesson of that version with when they finished it, their quiz attempts in sum and the certificate.
// An enrolment outside both answers as a missing one. The lessons belong to the course's unit, which the learner's
// unit's admins may not see: they come from the outline of the version of the enrolment just found.
import { AppError, type Scope, toIso } from '@strata/api';
import type { EnrolmentSource, EnrolmentStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { trainingMessage } from '../locales';
import { eitherSide } from './either-side';
import { isOverdue, percentOf } from './enrolment-facts';
import type { EnrolmentDetail } from './enrolments-schemas';
import type { OutlineModule } from './version-outline';

export async function getEnrolment(
  db: Db,
  scope: Scope,
  id: number,
  outline: (versionId: number) => Promise<OutlineModule[]>,
  today: string,
): Promise<EnrolmentDetail> {
  const sides = eitherSide(scope);
  const e = await db.enrolment.findFirst({
    where: { id, ...sides },
    select: {
      id: true,
      learnerName: true,
      courseId: true,
      versionId: true,
      status: true,
      source: true,
      dueOn: true,
      enrolledAt: true,
      startedAt: true,
      completedAt: true,
      lessonsDone: true,
      bestScore: true,
      sessionsAttended: true,
      unit: { select: { name: true } },
      course: { select: { title: true, unit: { select: { name: true } } } },
      version: {
        select: { number: true, lessonsRequired: true, lessonCount: true, minScore: true, sessionsRequired: true },
      },
    },
  });
  if (!e) throw new AppError('NOT_FOUND', trainingMessage('enrolmentNotFound'));
  const [modules, done, attempts, certificate] = await Promise.all([
    outline(e.versionId),
    db.lessonProgress.findMany({
      where: { enrolmentId: e.id, ...sides },
      select: { lessonId: true, completedAt: true },
    }),
    db.quizAttempt.findMany({
      where: { enrolmentId: e.id, ...sides },
      select: { status: true, score: true, submittedAt: true },
    }),
    db.trainingCertificate.findFirst({
      where: { enrolmentId: e.id, ...sides },
      select: { number: true, issuedAt: true, revokedAt: true },
    }),
  ]);
  const finished = new Map(done.map((d) => [d.lessonId, d.completedAt]));
  const submitted = attempts.filter((a) => a.status === 'submitted');
  const scores = submitted.flatMap((a) => (a.score === null ? [] : [a.score]));
  const last = submitted.reduce<Date | null>(
    (latest, a) => (a.submittedAt && (!latest || a.submittedAt > latest) ? a.submittedAt : latest),
    null,
  );
  const { number, ...criteria } = e.version;
  return {
    id: e.id,
    learnerName: e.learnerName,
    unitName: e.unit.name,
    courseId: e.courseId,
    courseTitle: e.course.title,
    courseUnitName: e.course.unit.name,
    versionNumber: number,
    status: e.status as EnrolmentStatus,
    source: e.source as EnrolmentSource,
    dueOn: e.dueOn,
    overdue: isOverdue(e, today),
    enrolledAt: toIso(e.enrolledAt),
    startedAt: toIso(e.startedAt),
    completedAt: toIso(e.completedAt),
    progress: percentOf({ ...criteria, ...e }),
    criteria: {
      lessonsRequired: criteria.lessonsRequired,
      lessonCount: criteria.lessonCount,
      minScore: criteria.minScore,
      sessionsRequired: criteria.sessionsRequired,
    },
    lessonsDone: e.lessonsDone,
    bestScore: e.bestScore,
    sessionsAttended: e.sessionsAttended,
    lessons: modules.flatMap((m) =>
      m.lessons.map((l) => {
        const at = finished.get(l.id);
        return { id: l.id, moduleTitle: m.title, title: l.title, kind: l.kind, completedAt: at ? toIso(at) : null };
      }),
    ),
    attempts: {
      submitted: submitted.length,
      open: attempts.filter((a) => a.status === 'open').length,
      bestScore: scores.length ? Math.max(...scores) : null,
      lastSubmittedAt: last ? toIso(last) : null,
    },
    certificate: certificate
      ? { number: certificate.number, issuedAt: toIso(certificate.issuedAt), revoked: certificate.revokedAt !== null }
      : null,
  };
}
