// The courses area's procedures: each parses its input, holds its permission and hands the work to a domain function.
// Everything here is the course editors' (training.manage at the course's unit): the catalogue, a course's versions,
// and a draft's criteria, modules and lessons.
import { actorOf, checked, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import {
  courseChanges,
  courseDetail,
  courseFilter,
  courseRef,
  courseRow,
  criteriaInput,
  done,
  idRef,
  lessonChanges,
  lessonMove,
  moduleMove,
  moduleRename,
  newCourse,
  newLesson,
  newModule,
  outline,
  versionRef,
} from './course-schemas';
import { archiveCourse, restoreCourse } from './course-status';
import { getCourse } from './get-course';
import { addLesson, moveLesson, removeLesson, updateLesson } from './lessons';
import { listCourses } from './list-courses';
import { addModule, moveModule, removeModule, renameModule } from './modules';
import { versionOutline } from './outline';
import { createCourse, updateCourse } from './save-course';
import { discardDraft, publishVersion, startDraft, updateCriteria } from './versions';

const manage = permissionProcedure('training.manage');
const answer = checked(done);

export const coursesRouter = router({
  /** Courses in scope (or a unit's subtree), filtered, sorted and paged, with versions, lessons and enrolments. */
  list: manage
    .input(courseFilter)
    .output(checked(pageOf(courseRow)))
    .query(({ ctx, input }) => listCourses(ctx.db, ctx.scope, input)),
  /** One course with its versions (lessons and enrolments of each), its current version and its draft. */
  get: manage
    .input(idRef)
    .output(checked(courseDetail))
    .query(({ ctx, input }) => getCourse(ctx.db, ctx.scope, input.id)),
  /** A new course of a unit: a draft, with version 1 as a draft and a first module. */
  create: manage
    .input(newCourse)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createCourse(tx, actorOf(ctx), input))),
  /** Change a course's catalogue entry (not while archived). */
  update: manage
    .input(courseChanges)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateCourse(tx, actorOf(ctx), input))),
  /** Archive a course: no new enrolments; learners in progress go on. */
  archive: manage
    .input(idRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => archiveCourse(tx, actorOf(ctx), input.id))),
  /** Restore an archived course as it was (published with a current version, else a draft). */
  restore: manage
    .input(idRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => restoreCourse(tx, actorOf(ctx), input.id))),
  /** A version's criteria, modules and lessons in order, every lesson field, and whether it may change. */
  outline: manage
    .input(versionRef)
    .output(checked(outline))
    .query(({ ctx, input }) => versionOutline(ctx.db, ctx.scope, input.versionId)),
  /** A new draft version: the current published version copied into the next number (one draft at a time). */
  startDraft: manage
    .input(courseRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => startDraft(tx, actorOf(ctx), input.courseId))),
  /** A draft's completion criteria: every lesson, a quiz's pass score, classroom sessions. */
  updateCriteria: manage
    .input(criteriaInput)
    .output(answer)
    .mutation(({ ctx, input: { versionId, ...criteria } }) =>
      runTransaction(ctx.db, (tx) => updateCriteria(tx, actorOf(ctx), versionId, criteria)),
    ),
  /** Publish a draft: it becomes current, the version before is retired (its learners keep it). */
  publish: manage
    .input(versionRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => publishVersion(tx, actorOf(ctx), input.versionId))),
  /** Discard a draft with its modules and lessons (never a never-published course's first). */
  discardDraft: manage
    .input(versionRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => discardDraft(tx, actorOf(ctx), input.versionId))),
  /** A module at the end of a draft. */
  addModule: manage
    .input(newModule)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addModule(tx, actorOf(ctx), input))),
  renameModule: manage
    .input(moduleRename)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => renameModule(tx, actorOf(ctx), input))),
  /** Move a module up, down or to a place. */
  moveModule: manage
    .input(moduleMove)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => moveModule(tx, actorOf(ctx), input))),
  /** Remove an empty module (never a draft's last). */
  removeModule: manage
    .input(idRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => removeModule(tx, actorOf(ctx), input.id))),
  /** A lesson at the end of a module: text, a document, a video or a link. */
  addLesson: manage
    .input(newLesson)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addLesson(tx, actorOf(ctx), input))),
  updateLesson: manage
    .input(lessonChanges)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateLesson(tx, actorOf(ctx), input))),
  /** Move a lesson within its module, or to a place in another module of the same version. */
  moveLesson: manage
    .input(lessonMove)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => moveLesson(tx, actorOf(ctx), input))),
  removeLesson: manage
    .input(idRef)
    .output(answer)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => removeLesson(tx, actorOf(ctx), input.id))),
});
