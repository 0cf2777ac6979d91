// Scope cases of courses. In each own township where the caller manages training, a branch's course is listed, read,
// made, changed, archived, restored, given a draft, published and discarded, and its draft's criteria, modules and
// lessons are changed, each with the right result; for 东湖街道 (and where the caller's grant carries no training
// permission) the same calls answer exactly as for a missing id, and change nothing of the course.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import type { TestEnv } from '../../../../tests/support/env';
import { addUnit, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addDraftVersion, courseContent } from '../support/courses';
import { addCourse, type CourseBundle } from '../support/training';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const fields = {
  summary: '',
  category: 'safety' as const,
  audience: 'subtree' as const,
  isPublic: false,
  required: false,
};

type Prepared = CourseBundle & { target: number };

/**
 * A call on a course's row both ways: made on an own branch's course with the right result; on a foreign one refused
 * exactly as on a missing id, the course's whole content as it was.
 */
function courseCase(
  prepare: (env: TestEnv, unitId: number) => Promise<Prepared>,
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, prepared: Prepared, answer: unknown) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const prepared = await prepare(t.env, branchOf(p).id);
        await check(t, prepared, await take(t, prepared.target));
      },
      async (p) => {
        const prepared = await prepare(t.env, branchOf(p).id);
        const before = await courseContent(t.env, prepared.course.id);
        await expectHidden(take(t, prepared.target), take(t, missing));
        expect(await courseContent(t.env, prepared.course.id)).toEqual(before);
      },
    );
}

/** A published course (version 1 current, one module, three lessons), the call's target its course. */
const published = async (env: TestEnv, unitId: number): Promise<Prepared> => {
  const bundle = await addCourse(env, unitId);
  return { ...bundle, target: bundle.course.id };
};
/** A course never published: version 1 a draft with one module and three lessons. */
const neverPublished = (target: (b: CourseBundle) => number) => async (env: TestEnv, unitId: number) => {
  const bundle = await addCourse(env, unitId, { status: 'draft' });
  return { ...bundle, target: target(bundle) };
};
/** A draft course whose version has a second, empty module (the target). */
const withEmptyModule = async (env: TestEnv, unitId: number): Promise<Prepared> => {
  const bundle = await addCourse(env, unitId, { status: 'draft' });
  const extra = await env.db.courseModule.create({
    data: { versionId: bundle.version.id, unitId, position: 2, title: '第二单元' },
  });
  return { ...bundle, target: extra.id };
};
const version = (t: ScopeTest, id: number) => t.env.db.courseVersion.findUniqueOrThrow({ where: { id } });
const lesson = (t: ScopeTest, id: number) => t.env.db.lesson.findUniqueOrThrow({ where: { id } });

export const scopeCases: Record<string, ScopeCase> = {
  'training.courses.list': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const { course } = await addCourse(t.env, unit.id);
        const page = await t.a.training.courses.list({ unitId: unit.id });
        expect(page.items.map((r) => [r.id, r.unitName, r.lessonCount])).toEqual([[course.id, unit.name, 3]]);
      },
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const { course } = await addCourse(t.env, unit.id, { title: `${t.tag}外部课程${unit.id}` });
        const list = (unitId: number) => t.a.training.courses.list({ unitId });
        await expectHidden(list(unit.id), list(missing));
        expect((await t.a.training.courses.list({ q: course.title })).items).toEqual([]);
      },
    ),

  'training.courses.get': courseCase(
    published,
    (t, id) => t.a.training.courses.get({ id }),
    async (_t, { course, version }, answer) => {
      expect(answer).toMatchObject({
        id: course.id,
        unitId: course.unitId,
        currentVersionId: version.id,
        canManage: true,
      });
    },
  ),

  'training.courses.create': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { id } = await t.a.training.courses.create({
          unitId: branchOf(p).id,
          title: uniqueName('课程'),
          ...fields,
        });
        expect(await t.env.db.course.findUniqueOrThrow({ where: { id } })).toMatchObject({
          unitId: branchOf(p).id,
          status: 'draft',
          currentVersionId: null,
        });
        expect(await t.env.db.courseVersion.count({ where: { courseId: id, status: 'draft' } })).toBe(1);
      },
      async (p) => {
        const count = () => t.env.db.course.count({ where: { unitId: branchOf(p).id } });
        const before = await count();
        const create = (unitId: number) =>
          t.a.training.courses.create({ unitId, title: uniqueName('课程'), ...fields });
        await expectHidden(create(branchOf(p).id), create(missing));
        expect(await count()).toBe(before);
      },
    ),

  'training.courses.update': courseCase(
    published,
    (t, id) => t.a.training.courses.update({ id, title: '改过的课程', ...fields, isPublic: true }),
    async (t, { course }) => {
      expect(await t.env.db.course.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({
        title: '改过的课程',
        isPublic: true,
      });
    },
  ),

  'training.courses.archive': courseCase(
    published,
    (t, id) => t.a.training.courses.archive({ id }),
    async (t, { course }) => {
      expect((await t.env.db.course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('archived');
    },
  ),

  'training.courses.restore': courseCase(
    async (env, unitId) => {
      const bundle = await addCourse(env, unitId, { status: 'archived' });
      return { ...bundle, target: bundle.course.id };
    },
    (t, id) => t.a.training.courses.restore({ id }),
    async (t, { course }) => {
      expect((await t.env.db.course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('published');
    },
  ),

  'training.courses.outline': courseCase(
    neverPublished((b) => b.version.id),
    (t, versionId) => t.a.training.courses.outline({ versionId }),
    async (_t, { version: v, lessons }, answer) => {
      expect(answer).toMatchObject({ id: v.id, number: 1, editable: true });
      expect((answer as { modules: { lessons: { id: number }[] }[] }).modules[0]!.lessons.map((l) => l.id)).toEqual(
        lessons.map((l) => l.id),
      );
    },
  ),

  'training.courses.startDraft': courseCase(
    published,
    (t, courseId) => t.a.training.courses.startDraft({ courseId }),
    async (t, { course }, answer) => {
      const draft = await version(t, (answer as { id: number }).id);
      expect(draft).toMatchObject({ courseId: course.id, number: 2, status: 'draft', lessonCount: 3 });
    },
  ),

  'training.courses.updateCriteria': courseCase(
    neverPublished((b) => b.version.id),
    (t, versionId) =>
      t.a.training.courses.updateCriteria({ versionId, lessonsRequired: true, minScore: 70, sessionsRequired: 1 }),
    async (t, { version: v }) => {
      expect(await version(t, v.id)).toMatchObject({ minScore: 70, sessionsRequired: 1 });
    },
  ),

  'training.courses.publish': courseCase(
    neverPublished((b) => b.version.id),
    (t, versionId) => t.a.training.courses.publish({ versionId }),
    async (t, { course, version: v }) => {
      expect(await version(t, v.id)).toMatchObject({ status: 'published', lessonCount: 3 });
      expect(await t.env.db.course.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({
        status: 'published',
        currentVersionId: v.id,
      });
    },
  ),

  'training.courses.discardDraft': courseCase(
    async (env, unitId) => {
      const bundle = await addCourse(env, unitId);
      const draft = await addDraftVersion(env, bundle);
      return { ...bundle, target: draft.version.id };
    },
    (t, versionId) => t.a.training.courses.discardDraft({ versionId }),
    async (t, { course, target }) => {
      expect(await t.env.db.courseVersion.findUnique({ where: { id: target } })).toBeNull();
      expect(await t.env.db.courseVersion.count({ where: { courseId: course.id } })).toBe(1);
    },
  ),

  'training.courses.addModule': courseCase(
    neverPublished((b) => b.version.id),
    (t, versionId) => t.a.training.courses.addModule({ versionId, title: '第二单元' }),
    async (t, { version: v }, answer) => {
      expect(
        await t.env.db.courseModule.findUniqueOrThrow({ where: { id: (answer as { id: number }).id } }),
      ).toMatchObject({ versionId: v.id, position: 2, title: '第二单元' });
    },
  ),

  'training.courses.renameModule': courseCase(
    neverPublished((b) => b.module.id),
    (t, id) => t.a.training.courses.renameModule({ id, title: '改名的单元' }),
    async (t, { module }) => {
      expect((await t.env.db.courseModule.findUniqueOrThrow({ where: { id: module.id } })).title).toBe('改名的单元');
    },
  ),

  'training.courses.moveModule': courseCase(
    async (env, unitId) => {
      const prepared = await withEmptyModule(env, unitId);
      return { ...prepared, target: prepared.module.id };
    },
    (t, id) => t.a.training.courses.moveModule({ id, to: 'down' }),
    async (t, { module }) => {
      expect((await t.env.db.courseModule.findUniqueOrThrow({ where: { id: module.id } })).position).toBe(2);
    },
  ),

  'training.courses.removeModule': courseCase(
    withEmptyModule,
    (t, id) => t.a.training.courses.removeModule({ id }),
    async (t, { target }) => {
      expect(await t.env.db.courseModule.findUnique({ where: { id: target } })).toBeNull();
    },
  ),

  'training.courses.addLesson': courseCase(
    neverPublished((b) => b.module.id),
    (t, moduleId) =>
      t.a.training.courses.addLesson({ moduleId, kind: 'text', title: '新课时', body: '<p>内容</p>', minutes: 5 }),
    async (t, { version: v }, answer) => {
      expect(await lesson(t, (answer as { id: number }).id)).toMatchObject({ versionId: v.id, position: 4 });
      expect((await version(t, v.id)).lessonCount).toBe(4);
    },
  ),

  'training.courses.updateLesson': courseCase(
    neverPublished((b) => b.lessons[0]!.id),
    (t, id) => t.a.training.courses.updateLesson({ id, kind: 'link', title: '改成链接', url: 'https://example.org/' }),
    async (t, { target }) => {
      expect(await lesson(t, target)).toMatchObject({ kind: 'link', title: '改成链接', url: 'https://example.org/' });
    },
  ),

  'training.courses.moveLesson': courseCase(
    neverPublished((b) => b.lessons[0]!.id),
    (t, id) => t.a.training.courses.moveLesson({ id, to: 3 }),
    async (t, { lessons }) => {
      expect(await Promise.all(lessons.map(async (l) => (await lesson(t, l.id)).position))).toEqual([3, 1, 2]);
    },
  ),

  'training.courses.removeLesson': courseCase(
    neverPublished((b) => b.lessons[0]!.id),
    (t, id) => t.a.training.courses.removeLesson({ id }),
    async (t, { version: v, target }) => {
      expect(await t.env.db.lesson.findUnique({ where: { id: target } })).toBeNull();
      expect((await version(t, v.id)).lessonCount).toBe(2);
    },
  ),
};
