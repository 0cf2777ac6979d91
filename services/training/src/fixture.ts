// The training team's part of the large fixture (scripts/fixture): its catalogue (fixture-catalogue.ts) and its
// learners (fixture-learners.ts), up to the size's totals (the demo's rows included): `trainingCourses`,
// `trainingEnrolments` and `quizAttempts`. Everything is drawn from ctx.random and goes in through the bulk writer;
// the audit log names courses, enrolments and attempts with the team's labelled actions.
import {
  type AuditedObject,
  type AuditSubject,
  auditSubject,
  type FixtureContext,
  type TeamFixture,
} from '@strata/api';
import { generateCatalogue, idSource } from './fixture-catalogue';
import { generateLearners } from './fixture-learners';
import { trainingLabels } from './locales';

const tables = [
  'Course',
  'CourseVersion',
  'CourseModule',
  'Lesson',
  'QuestionBank',
  'Question',
  'Quiz',
  'TrainingSession',
  'Enrolment',
  'LessonProgress',
  'TrainingSeat',
  'QuizAttempt',
  'TrainingCertificate',
] as const;

async function generateTraining(ctx: FixtureContext): Promise<AuditSubject[]> {
  const counts = ctx.size.counts;
  const [courses, enrolments, attempts] = await Promise.all([
    ctx.db.course.count(),
    ctx.db.enrolment.count(),
    ctx.db.quizAttempt.count(),
  ]);
  const wantedCourses = (counts.trainingCourses ?? 0) - courses;
  if (wantedCourses <= 0) return [];
  const ids = await idSource(ctx, tables);
  const catalogue = await generateCatalogue(ctx, ids, wantedCourses);
  const learners = await generateLearners(ctx, ids, catalogue, {
    enrolments: Math.max(0, (counts.trainingEnrolments ?? 0) - enrolments),
    attempts: Math.max(0, (counts.quizAttempts ?? 0) - attempts),
  });

  // The audit log names them with the team's labelled actions (those the service records: the labels say which).
  const labelled = new Set(Object.keys(trainingLabels['zh-CN'].auditAction));
  const subject = (entity: string, weight: number, actions: [string, number][], objects: readonly AuditedObject[]) =>
    auditSubject(labelled, entity, weight, actions, objects);
  return [
    ...subject(
      'Course',
      0.2,
      [
        ['course.create', 3],
        ['course.update', 2],
        ['course.publish', 3],
        ['course.lessonAdd', 2],
      ],
      catalogue.map((c) => ({ id: c.id, unitId: c.unit.id, label: c.title })),
    ),
    ...subject(
      'Enrolment',
      0.3,
      [
        ['trainingEnrolment.enrol', 4],
        ['trainingEnrolment.assign', 2],
        ['trainingEnrolment.withdraw', 1],
      ],
      learners.enrolments,
    ),
    ...subject('QuizAttempt', 0.2, [['quizAttempt.submit', 1]], learners.attempts),
  ];
}

export const trainingFixture: TeamFixture = {
  generate: async (ctx) => {
    ctx.audit.push(...(await generateTraining(ctx)));
  },
};
