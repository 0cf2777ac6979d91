// The reports area's procedures: each parses its input, holds its permission and hands the work to a domain function.
import { checked, permissionProcedure, router } from '@strata/api';
import { courseReport } from './course-report';
import { coverageReport } from './coverage-report';
import {
  courseReportInput,
  courseReport as courseReportResult,
  coverageInput,
  coverageReport as coverageReportResult,
  teachingInput,
  teachingSummary as teachingSummaryResult,
  unitsReportInput,
  unitsReport as unitsReportResult,
} from './reports-schemas';
import { teachingSummary } from './teaching-summary';
import { unitsReport } from './units-report';

export const reportsRouter = router({
  /** A course's figures for its trainers: in total, per learners' unit, and the last 12 months by month of enrolment. */
  course: permissionProcedure('training.teach')
    .input(courseReportInput)
    .output(checked(courseReportResult))
    .query(({ ctx, input }) => courseReport(ctx.db, ctx.scope, input.courseId, ctx.now())),
  /** The training of a unit's people: its subtree's figures, its own and each child's, optionally of one course. */
  units: permissionProcedure('training.read')
    .input(unitsReportInput)
    .output(checked(unitsReportResult))
    .query(({ ctx, input }) => unitsReport(ctx.db, ctx.scope, input, ctx.now())),
  /**
   * The share of a unit's staff who completed the required courses open to them, by child unit and by course; and the
   * completions of the subtree's learners in each of the last twelve months.
   */
  coverage: permissionProcedure('training.read')
    .input(coverageInput)
    .output(checked(coverageReportResult))
    .query(({ ctx, input }) => coverageReport(ctx.db, ctx.scope, input.unitId, ctx.now())),
  /** The caller's classes (the overview's card): the running courses they teach there, learners, the next sessions. */
  teaching: permissionProcedure('training.teach')
    .input(teachingInput)
    .output(checked(teachingSummaryResult))
    .query(({ ctx, input }) => teachingSummary(ctx.db, ctx.scope, ctx.session.user.id, input.unitId, ctx.now())),
});
