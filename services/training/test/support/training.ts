// Courses, learners and enrolments for tests, written straight with the raw client (as the demo or the large fixture
// would leave them). Every area's tests start from these; each area adds what only it needs in its own support file.
import { naturalKey } from '@strata/api';
import type { Course, CourseModule, CourseVersion, Enrolment, Lesson, User } from '@strata/db';
import type { TestEnv } from '../../../../tests/support/env';
import { addAccount, uniqueName } from '../../../../tests/support/factories';

export type CourseOptions = {
  title?: string;
  /** published (the default: version 1 published and current) or draft (version 1 a draft, nothing current). */
  status?: 'draft' | 'published' | 'archived';
  audience?: 'unit' | 'subtree';
  isPublic?: boolean;
  required?: boolean;
  category?: string;
  /** Text lessons in the version's one module (3 by default). */
  lessons?: number;
  lessonsRequired?: boolean;
  minScore?: number | null;
  sessionsRequired?: number;
};

export type CourseBundle = {
  course: Course;
  version: CourseVersion;
  module: CourseModule;
  lessons: Lesson[];
};

/** A course of `unitId` with its first version, one module and its lessons. */
export async function addCourse(env: TestEnv, unitId: number, opts: CourseOptions = {}): Promise<CourseBundle> {
  const title = opts.title ?? uniqueName('课程');
  const status = opts.status ?? 'published';
  const lessonCount = opts.lessons ?? 3;
  const now = new Date();
  const course = await env.db.course.create({
    data: {
      unitId,
      title,
      titleKey: naturalKey(title),
      summary: `${title}的简介`,
      category: opts.category ?? 'site',
      audience: opts.audience ?? 'subtree',
      isPublic: opts.isPublic ?? false,
      required: opts.required ?? false,
      status,
    },
  });
  const version = await env.db.courseVersion.create({
    data: {
      courseId: course.id,
      unitId,
      number: 1,
      status: status === 'draft' ? 'draft' : 'published',
      lessonsRequired: opts.lessonsRequired ?? true,
      minScore: opts.minScore ?? null,
      sessionsRequired: opts.sessionsRequired ?? 0,
      lessonCount,
      publishedAt: status === 'draft' ? null : now,
    },
  });
  const module = await env.db.courseModule.create({
    data: { versionId: version.id, unitId, position: 1, title: '第一单元' },
  });
  const lessons: Lesson[] = [];
  for (let i = 1; i <= lessonCount; i++)
    lessons.push(
      await env.db.lesson.create({
        data: {
          versionId: version.id,
          moduleId: module.id,
          unitId,
          position: i,
          kind: 'text',
          title: `第${i}课`,
          body: `<p>第${i}课的内容</p>`,
          minutes: 10,
        },
      }),
    );
  const current =
    status === 'draft'
      ? course
      : await env.db.course.update({ where: { id: course.id }, data: { currentVersionId: version.id } });
  return { course: current, version, module, lessons };
}

/** A learner's account at home in `unitId`, a member there (their only grant unless `grants` say otherwise). */
export const addLearner = (
  env: TestEnv,
  unitId: number,
  opts: { username?: string; grants?: { role: string; unitId: number }[] } = {},
): Promise<User & { grantIds: number[] }> =>
  addAccount(env, {
    username: opts.username ?? uniqueName('learner'),
    unitId,
    grants: opts.grants ?? [{ role: 'member', unitId }],
  });

export type EnrolmentOptions = {
  /** The learner's unit the enrolment belongs to (the account's unit by default). */
  unitId?: number;
  source?: 'self' | 'assigned';
  dueOn?: string | null;
  assignedById?: number | null;
  status?: 'enrolled' | 'in_progress' | 'completed' | 'withdrawn';
  enrolledAt?: Date;
};

/** `learner` enrolled in the course's current version (or its first, for a draft). */
export async function addEnrolment(
  env: TestEnv,
  bundle: CourseBundle,
  learner: Pick<User, 'id' | 'unitId' | 'displayName'>,
  opts: EnrolmentOptions = {},
): Promise<Enrolment> {
  return env.db.enrolment.create({
    data: {
      unitId: opts.unitId ?? learner.unitId,
      courseUnitId: bundle.course.unitId,
      courseId: bundle.course.id,
      versionId: bundle.course.currentVersionId ?? bundle.version.id,
      userId: learner.id,
      learnerName: learner.displayName,
      source: opts.source ?? 'self',
      dueOn: opts.dueOn ?? null,
      assignedById: opts.assignedById ?? null,
      status: opts.status ?? 'enrolled',
      completedAt: opts.status === 'completed' ? new Date() : null,
      enrolledAt: opts.enrolledAt ?? new Date(),
    },
  });
}
