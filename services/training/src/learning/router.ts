// The learning area's procedures: a learner's own side (no grant needed): each parses its input and hands the work to
// an operation that finds the caller's rows by their account (ctx.system.training.learning<Op>).
import { authedProcedure, checked, router } from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import {
  catalogueInput,
  cataloguePage,
  completeResult,
  courseIdInput,
  enrolmentIdInput,
  enrolResult,
  lessonIdInput,
  mineInput,
  ownCourse,
  ownEnrolmentPage,
  ownLesson,
  withdrawResult,
} from './learning-schemas';

export const learningRouter = router({
  /** The published courses open to the caller's unit, by title, each with the caller's enrolment if any. */
  catalogue: authedProcedure
    .input(catalogueInput)
    .output(checked(cataloguePage))
    .query(({ ctx, input }) => ctx.system.training.learningCatalogue(ctx.session.user.id, input)),
  /** Enrol oneself in a course open to one's unit. */
  enrol: authedProcedure
    .input(courseIdInput)
    .output(checked(enrolResult))
    .mutation(({ ctx, input }) => ctx.system.training.learningEnrol(ctx.session.user.id, input.courseId, ctx.now())),
  /** The caller's enrolments, newest first, with progress and due days. */
  mine: authedProcedure
    .input(mineInput)
    .output(checked(ownEnrolmentPage))
    .query(({ ctx, input }) => ctx.system.training.learningMine(ctx.session.user.id, input, calendarDay(ctx.now()))),
  /** The caller's page of a course: their version's modules and lessons, criteria, figures, certificate. */
  course: authedProcedure
    .input(courseIdInput)
    .output(checked(ownCourse))
    .query(({ ctx, input }) =>
      ctx.system.training.learningCourse(ctx.session.user.id, input.courseId, calendarDay(ctx.now())),
    ),
  /** One lesson of the caller's version, with its content. */
  lesson: authedProcedure
    .input(lessonIdInput)
    .output(checked(ownLesson))
    .query(({ ctx, input }) => ctx.system.training.learningLesson(ctx.session.user.id, input.lessonId)),
  /** Mark a lesson of one's version done (again: nothing changes). */
  completeLesson: authedProcedure
    .input(lessonIdInput)
    .output(checked(completeResult))
    .mutation(({ ctx, input }) =>
      ctx.system.training.learningCompleteLesson(ctx.session.user.id, input.lessonId, ctx.now()),
    ),
  /** Withdraw from a course one enrolled in oneself and has not completed. */
  withdraw: authedProcedure
    .input(enrolmentIdInput)
    .output(checked(withdrawResult))
    .mutation(({ ctx, input }) => ctx.system.training.learningWithdraw(ctx.session.user.id, input.id, ctx.now())),
});
