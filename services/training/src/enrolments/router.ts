// The enrolments area's procedures (the staff side): each parses its input, holds its permission and hands the work
// to a domain function.
import { actorOf, checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import { z } from 'zod';
import { assign, unassign } from './assign';
import { assignableCourses, assignablePeople } from './assign-choices';
import { classList } from './class-list';
import { eitherSideProcedure } from './either-side';
import {
  assignableCourseRow,
  assignableCoursesInput,
  assignInput,
  assignResult,
  classListInput,
  classListPage,
  enrolmentDetail,
  enrolmentFilter,
  enrolmentIdInput,
  enrolmentPage,
  peopleFilter,
  peoplePage,
  unassignResult,
} from './enrolments-schemas';
import { getEnrolment } from './get-enrolment';
import { listEnrolments } from './list-enrolments';

const assigner = permissionProcedure('training.assign');

export const enrolmentsRouter = router({
  /** A course's learners of every unit, for its trainers: enrolment and progress, name and unit's name. */
  classList: permissionProcedure('training.teach')
    .input(classListInput)
    .output(checked(classListPage))
    .query(({ ctx, input }) => classList(ctx.db, ctx.scope, input, calendarDay(ctx.now()))),
  /** The enrolments of the people of a unit subtree, newest first. */
  list: permissionProcedure('training.read')
    .input(enrolmentFilter)
    .output(checked(enrolmentPage))
    .query(({ ctx, input }) => listEnrolments(ctx.db, ctx.scope, input, calendarDay(ctx.now()))),
  /** The courses the people of a unit in scope may be assigned (published, open to them), by title. */
  assignableCourses: assigner
    .input(assignableCoursesInput)
    .output(checked(z.array(assignableCourseRow)))
    .query(({ ctx, input }) => assignableCourses(ctx.db, ctx.scope, ctx.system.training.coursesOpenTo, input.unitId)),
  /** The active people of the units in scope to assign, by name, each with their status in the course asked about. */
  people: assigner
    .input(peopleFilter)
    .output(checked(peoplePage))
    .query(({ ctx, input }) => assignablePeople(ctx.db, ctx.scope, ctx.system.training.assignableCourse, input)),
  /** Assign a course, with a due day, to people of units in scope: all of them or none. */
  assign: assigner
    .input(assignInput)
    .output(checked(assignResult))
    .mutation(async ({ ctx, input }) =>
      assign(ctx.db, actorOf(ctx), await ctx.system.training.assignableCourse(input.courseId), input),
    ),
  /** Withdraw an assignment not yet completed: the learner leaves the course. */
  unassign: assigner
    .input(enrolmentIdInput)
    .output(checked(unassignResult))
    .mutation(async ({ ctx, input }) => {
      const result = await runTransaction(ctx.db, (tx) => unassign(tx, actorOf(ctx), input.id));
      // Their seats in sessions to come go back: the sessions may be another unit's, beyond the assigner's scope.
      await ctx.system.training.releaseLeftSeats(result.id, ctx.now());
      return result;
    }),
  /** One enrolment as either side sees it, with its lessons, attempts and certificate. */
  get: eitherSideProcedure
    .input(enrolmentIdInput)
    .output(checked(enrolmentDetail))
    .query(({ ctx, input }) =>
      getEnrolment(ctx.db, ctx.scope, input.id, ctx.system.training.enrolmentOutline, calendarDay(ctx.now())),
    ),
});
