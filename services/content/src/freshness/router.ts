// The freshness board: whether each unit's columns keep their update cadence. Reads only, at `content.read`.
import { checked, permissionProcedure, router } from '@strata/api';
import { boardInput, boardOutput, summaryInput, summaryOutput } from './freshness-schemas';
import { getFreshnessBoard } from './get-freshness-board';
import { getFreshnessSummary } from './get-freshness-summary';

const read = permissionProcedure('content.read');

export const freshnessRouter = router({
  board: read
    .input(boardInput)
    .output(checked(boardOutput))
    .query(({ ctx, input }) => getFreshnessBoard(ctx.db, { scope: ctx.scope, input, now: ctx.now() })),

  /** Overdue and due-soon columns of a subtree and of each unit directly below it (the overview's figures). */
  summary: read
    .input(summaryInput)
    .output(checked(summaryOutput))
    .query(({ ctx, input }) => getFreshnessSummary(ctx.db, { scope: ctx.scope, unitId: input.unitId, now: ctx.now() })),
});
