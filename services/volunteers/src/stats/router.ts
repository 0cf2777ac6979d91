// The volunteers' stats procedures: each parses its input, holds its permission and hands the work to a domain function.
import { checked, permissionProcedure, router } from '@strata/api';
import { summaryInput, summaryResult } from './stats-schemas';
import { unitSummary } from './unit-summary';

export const statsRouter = router({
  /** A unit subtree's year: volunteers, activities, hours by month, its children's figures and the top teams. */
  summary: permissionProcedure('volunteers.read')
    .input(summaryInput)
    .output(checked(summaryResult))
    .query(({ ctx, input }) => unitSummary(ctx.db, ctx.scope, input)),
});
