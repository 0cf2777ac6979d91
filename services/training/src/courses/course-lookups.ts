// A course's versions, modules and lessons looked up through the caller's training.manage scope (one outside it is
// answered exactly as one that does not exist), and the draft a change works on: found, then the course locked, then
// read again and checked, so the change sees what the lock holds still.
import { AppError, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import { lockCourse } from './course-lock.sql';
import { editProblem } from './course-rules';

export const manage = 'training.manage' as const;

/** The caller's filter on the rows of the units where they manage training. */
export type Owned = ReturnType<Scope['ownedWhere']>;

/** The enrolments of the courses the caller manages, whatever the learner's unit: for counts, never for names. */
export const managedEnrolments = (scope: Scope) => scope.sharedWhere('courseUnit', manage);

export async function versionInScope(db: Db | Tx, scope: Scope, id: number) {
  const version = await db.courseVersion.findFirst({ where: { id, ...scope.ownedWhere(manage) } });
  if (!version) throw new AppError('NOT_FOUND', trainingMessage('courseVersionNotFound'));
  return version;
}

export async function moduleInScope(db: Db | Tx, scope: Scope, id: number) {
  const found = await db.courseModule.findFirst({ where: { id, ...scope.ownedWhere(manage) } });
  if (!found) throw new AppError('NOT_FOUND', trainingMessage('courseModuleNotFound'));
  return found;
}

export async function lessonInScope(db: Db | Tx, scope: Scope, id: number) {
  const found = await db.lesson.findFirst({ where: { id, ...scope.ownedWhere(manage) } });
  if (!found) throw new AppError('NOT_FOUND', trainingMessage('courseLessonNotFound'));
  return found;
}

/** The course of a row found in scope, locked, as it is now. */
export async function lockedCourse(tx: Tx, scope: Scope, courseId: number) {
  await lockCourse(tx, courseId);
  return courseInScope(tx, scope, manage, courseId);
}

/**
 * The draft version `versionId` and its course, under the course's lock: refused unless the version is a draft of a
 * course that is not archived (published and retired versions are what learners took; they never change).
 */
export async function editableDraft(tx: Tx, scope: Scope, versionId: number) {
  const found = await versionInScope(tx, scope, versionId);
  const course = await lockedCourse(tx, scope, found.courseId);
  const version = await versionInScope(tx, scope, versionId);
  const problem = editProblem(version.status, course.status);
  if (problem) throw new AppError('CONFLICT', trainingMessage(problem));
  return { course, version };
}

/** The module `id` and its draft, under the course's lock (read again there: it may have gone meanwhile). */
export async function editableModule(tx: Tx, scope: Scope, id: number) {
  const found = await moduleInScope(tx, scope, id);
  const { course, version } = await editableDraft(tx, scope, found.versionId);
  return { course, version, module: await moduleInScope(tx, scope, id) };
}

/** The lesson `id` and its draft, under the course's lock (read again there). */
export async function editableLesson(tx: Tx, scope: Scope, id: number) {
  const found = await lessonInScope(tx, scope, id);
  const { course, version } = await editableDraft(tx, scope, found.versionId);
  return { course, version, lesson: await lessonInScope(tx, scope, id) };
}
