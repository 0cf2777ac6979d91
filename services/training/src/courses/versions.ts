// A course's versions. Learners take a published version and keep it: editing a published course starts a draft
// (the next number, a copy of the current version's criteria, modules and lessons), one at a time; publishing the
// draft makes it current and retires the one before (its learners go on with it); a draft nobody takes may be
// discarded. Each runs under the course's lock and is audited once.
import { type Actor, AppError, fieldError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { trainingMessage } from '../locales';
import { editableDraft, lockedCourse, manage, managedEnrolments, versionInScope } from './course-lookups';
import { criteriaEmpty, discardProblem } from './course-rules';
import type { Criteria } from './course-schemas';

const criteriaOf = (v: Criteria) => ({
  lessonsRequired: v.lessonsRequired,
  minScore: v.minScore,
  sessionsRequired: v.sessionsRequired,
});

/** A new draft: the current published version copied whole into the next number. */
export async function startDraft(tx: Tx, actor: Actor, courseId: number) {
  const owned = actor.scope.ownedWhere(manage);
  const course = await lockedCourse(tx, actor.scope, courseId);
  if (course.status === 'archived') throw new AppError('CONFLICT', trainingMessage('courseArchived'));
  const versions = await tx.courseVersion.findMany({
    where: { courseId: course.id, ...owned },
    select: { id: true, number: true, status: true },
  });
  if (versions.some((v) => v.status === 'draft')) throw new AppError('CONFLICT', trainingMessage('courseDraftExists'));
  if (course.currentVersionId === null) throw new AppError('CONFLICT', trainingMessage('courseNeverPublished'));
  const current = await versionInScope(tx, actor.scope, course.currentVersionId);
  const [modules, lessons] = await Promise.all([
    tx.courseModule.findMany({
      where: { versionId: current.id, ...owned },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    }),
    tx.lesson.findMany({ where: { versionId: current.id, ...owned }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
  ]);
  const number = Math.max(...versions.map((v) => v.number)) + 1;
  const draft = await tx.courseVersion.create({
    data: {
      courseId: course.id,
      unitId: course.unitId,
      number,
      status: 'draft',
      ...criteriaOf(current),
      lessonCount: lessons.length,
    },
    select: { id: true },
  });
  for (const module of modules) {
    const copy = await tx.courseModule.create({
      data: { versionId: draft.id, unitId: course.unitId, position: module.position, title: module.title },
      select: { id: true },
    });
    const its = lessons.filter((l) => l.moduleId === module.id);
    if (its.length)
      await tx.lesson.createMany({
        data: its.map((l) => ({
          versionId: draft.id,
          moduleId: copy.id,
          unitId: course.unitId,
          position: l.position,
          kind: l.kind,
          title: l.title,
          body: l.body,
          fileId: l.fileId,
          url: l.url,
          minutes: l.minutes,
        })),
      });
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.draftStart',
    entity: 'CourseVersion',
    entityId: draft.id,
    label: course.title,
    after: { versionNumber: number, from: current.number, modules: modules.length, lessonCount: lessons.length },
  });
  return { id: draft.id };
}

/** What completing the draft's version asks for: every lesson, a quiz's score, classroom sessions (at least one). */
export async function updateCriteria(tx: Tx, actor: Actor, versionId: number, criteria: Criteria) {
  if (criteriaEmpty(criteria)) throw fieldError('lessonsRequired', trainingMessage('courseCriteriaEmpty'));
  const { course, version } = await editableDraft(tx, actor.scope, versionId);
  await tx.courseVersion.update({
    where: { id: version.id, ...actor.scope.ownedWhere(manage) },
    data: criteriaOf(criteria),
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.criteria',
    entity: 'CourseVersion',
    entityId: version.id,
    label: course.title,
    before: { versionNumber: version.number, ...criteriaOf(version) },
    after: { versionNumber: version.number, ...criteriaOf(criteria) },
  });
  return { id: version.id };
}

/**
 * The draft becomes the current version (its lesson count taken again from its lessons) and the course published;
 * the version it replaces is retired, and its learners keep it. A draft without a lesson has nothing to take.
 */
export async function publishVersion(tx: Tx, actor: Actor, versionId: number) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version } = await editableDraft(tx, actor.scope, versionId);
  const lessonCount = await tx.lesson.count({ where: { versionId: version.id, ...owned } });
  if (lessonCount === 0) throw new AppError('CONFLICT', trainingMessage('courseVersionEmpty'));
  const previous =
    course.currentVersionId === null
      ? null
      : await tx.courseVersion.findFirst({
          where: { id: course.currentVersionId, ...owned },
          select: { number: true },
        });
  if (course.currentVersionId !== null)
    await tx.courseVersion.updateMany({
      where: { id: course.currentVersionId, status: 'published', ...owned },
      data: { status: 'retired' },
    });
  await tx.courseVersion.update({
    where: { id: version.id, ...owned },
    data: { status: 'published', publishedAt: actor.now, lessonCount },
  });
  await tx.course.update({
    where: { id: course.id, ...owned },
    data: { status: 'published', currentVersionId: version.id },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.publish',
    entity: 'CourseVersion',
    entityId: version.id,
    label: course.title,
    before: { status: course.status, versionNumber: previous?.number ?? null },
    after: { status: 'published', versionNumber: version.number, lessonCount },
  });
  return { id: version.id };
}

/** A draft removed with its modules and lessons: never a course's only version, never one someone enrolled in. */
export async function discardDraft(tx: Tx, actor: Actor, versionId: number) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version } = await editableDraft(tx, actor.scope, versionId);
  const enrolled = await tx.enrolment.count({ where: { versionId: version.id, ...managedEnrolments(actor.scope) } });
  const problem = discardProblem(version.number, course.currentVersionId, enrolled);
  if (problem) throw new AppError('CONFLICT', trainingMessage(problem));
  const lessons = await tx.lesson.deleteMany({ where: { versionId: version.id, ...owned } });
  const modules = await tx.courseModule.deleteMany({ where: { versionId: version.id, ...owned } });
  await tx.courseVersion.delete({ where: { id: version.id, ...owned } });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.draftDiscard',
    entity: 'CourseVersion',
    entityId: version.id,
    label: course.title,
    before: { versionNumber: version.number, modules: modules.count, lessonCount: lessons.count },
  });
  return { id: version.id };
}
