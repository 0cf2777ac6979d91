// What the learning, enrolments and certificates tests need beyond the shared factories (./training): a learner with
// a caller of their own, lessons finished and a certificate issued straight to the database (as the learner's own
// writes and completion would leave them), and a submitted quiz attempt for an enrolment's figures.
import type { Enrolment } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { certificateNumbers } from '../../src/enrolments/progress';
import { addLearner, type CourseBundle } from './training';

/** A learner at home in `unitId` (a member there), and their own caller. */
export async function learnerWithCaller(env: TestEnv, unitId: number, grants?: { role: string; unitId: number }[]) {
  const learner = await addLearner(env, unitId, grants ? { grants } : {});
  return { learner, own: (await env.as(learner.username)) as Caller };
}

/** Marks lessons finished for an enrolment and sets its figures to match (as finishing them would). */
export async function finishLessons(env: TestEnv, enrolment: Enrolment, lessons: { id: number }[], at = new Date()) {
  for (const lesson of lessons)
    await env.db.lessonProgress.create({
      data: {
        unitId: enrolment.unitId,
        courseUnitId: enrolment.courseUnitId,
        enrolmentId: enrolment.id,
        lessonId: lesson.id,
        completedAt: at,
      },
    });
  const lessonsDone = await env.db.lessonProgress.count({ where: { enrolmentId: enrolment.id } });
  return env.db.enrolment.update({
    where: { id: enrolment.id },
    data: { lessonsDone, status: enrolment.status === 'completed' ? 'completed' : 'in_progress', startedAt: at },
  });
}

/** A completed enrolment's certificate, issued now. */
export async function addCertificate(
  env: TestEnv,
  bundle: CourseBundle,
  enrolment: Enrolment,
  opts: { revoked?: boolean } = {},
) {
  await env.db.enrolment.update({
    where: { id: enrolment.id },
    data: { status: 'completed', completedAt: new Date() },
  });
  return env.db.trainingCertificate.create({
    data: {
      unitId: enrolment.unitId,
      courseUnitId: enrolment.courseUnitId,
      enrolmentId: enrolment.id,
      number: certificateNumbers.create(),
      learnerName: enrolment.learnerName,
      courseTitle: bundle.course.title,
      revokedAt: opts.revoked ? new Date() : null,
    },
  });
}

/** A quiz of the course (one question bank, published) and a submitted attempt of the enrolment with `score`. */
export async function addSubmittedAttempt(env: TestEnv, bundle: CourseBundle, enrolment: Enrolment, score: number) {
  const unitId = bundle.course.unitId;
  const bank = await env.db.questionBank.create({ data: { unitId, courseId: bundle.course.id, name: '题库' } });
  const quiz = await env.db.quiz.create({
    data: {
      unitId,
      courseId: bundle.course.id,
      bankId: bank.id,
      title: '结业测验',
      questionCount: 1,
      timeLimitMinutes: 30,
      attemptsAllowed: 3,
      passScore: 60,
      status: 'published',
    },
  });
  const now = new Date();
  return env.db.quizAttempt.create({
    data: {
      unitId: enrolment.unitId,
      courseUnitId: enrolment.courseUnitId,
      quizId: quiz.id,
      enrolmentId: enrolment.id,
      number: 1,
      status: 'submitted',
      startedAt: now,
      dueAt: new Date(now.getTime() + 30 * 60_000),
      drawn: '[]',
      submittedAt: now,
      score,
      correctCount: score >= 60 ? 1 : 0,
    },
  });
}
