// The learning area's operations across scopes: a learner's own things, read and written by their account (never by
// an id from the page alone: an enrolment or lesson named by the page is theirs only by its `userId`), bound to the raw
// client once at start-up; procedures call them as ctx.system.training.learning<Op>.
import type { Db } from '@strata/db';
import { ownAssignmentNotices } from '../notices/assignment-notices';
import { catalogue } from './catalogue';
import type { CatalogueInput, MineInput } from './learning-schemas';
import { ownCourse, ownEnrolments } from './own-course';
import { enrol, withdraw } from './own-enrolment';
import { completeLesson, ownLesson } from './own-lessons';

export const learningSystem = (db: Db) => ({
  /** The published courses open to the caller's unit, with the caller's enrolment of each. */
  learningCatalogue: (accountId: number, input: CatalogueInput) => catalogue(db, accountId, input),
  /** The caller enrols in a course open to them (or enrols again after withdrawing). */
  learningEnrol: (accountId: number, courseId: number, now: Date) => enrol(db, accountId, courseId, now),
  /** The caller leaves a course they chose themselves. */
  learningWithdraw: (accountId: number, enrolmentId: number, now: Date) => withdraw(db, accountId, enrolmentId, now),
  /** The caller's enrolments. */
  learningMine: (accountId: number, input: MineInput, today: string) => ownEnrolments(db, accountId, input, today),
  /** The caller's page of a course they are enrolled in. */
  learningCourse: (accountId: number, courseId: number, today: string) => ownCourse(db, accountId, courseId, today),
  /** A lesson of the caller's version, with its content. */
  learningLesson: (accountId: number, lessonId: number) => ownLesson(db, accountId, lessonId),
  /** The caller finishes a lesson of their version. */
  learningCompleteLesson: (accountId: number, lessonId: number, now: Date) =>
    completeLesson(db, accountId, lessonId, now),
  /** The bell's news of the caller's assignments: due within a week, overdue. */
  learningAssignmentNotices: (accountId: number, now: Date) => ownAssignmentNotices(db, accountId, now),
});
