// What the courses area's tests need beyond the shared factories (./training): a published course's next version as a
// draft, written straight with the raw client as startDraft would leave it (one module, its lessons copied), and a
// course's whole content to compare before and after a refused call.
import type { TestEnv } from '../../../../tests/support/env';
import type { CourseBundle } from './training';

/** Version 2 of a published course as a draft: its one module and a copy of its lessons. */
export async function addDraftVersion(env: TestEnv, bundle: CourseBundle) {
  const { unitId, id: courseId } = bundle.course;
  const version = await env.db.courseVersion.create({
    data: { courseId, unitId, number: 2, status: 'draft', lessonCount: bundle.lessons.length },
  });
  const module = await env.db.courseModule.create({
    data: { versionId: version.id, unitId, position: 1, title: bundle.module.title },
  });
  const lessons = [];
  for (const l of bundle.lessons)
    lessons.push(
      await env.db.lesson.create({
        data: {
          versionId: version.id,
          moduleId: module.id,
          unitId,
          position: l.position,
          kind: l.kind,
          title: l.title,
          body: l.body,
          minutes: l.minutes,
        },
      }),
    );
  return { version, module, lessons };
}

/** A course's row, versions, modules and lessons, as stored. */
export async function courseContent(env: TestEnv, courseId: number) {
  const byId = { id: 'asc' } as const;
  return {
    course: await env.db.course.findUniqueOrThrow({ where: { id: courseId } }),
    versions: await env.db.courseVersion.findMany({ where: { courseId }, orderBy: byId }),
    modules: await env.db.courseModule.findMany({ where: { version: { courseId } }, orderBy: byId }),
    lessons: await env.db.lesson.findMany({ where: { version: { courseId } }, orderBy: byId }),
  };
}
