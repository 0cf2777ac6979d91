// The lifecycle: each procedure parses its input, holds its permission and hands the work to a domain function.
// Steps need members.edit at the member's unit; the pipeline, members.read over the unit.
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { advanceStage } from './advance-stage';
import { assignSponsorsTo } from './assign-sponsors';
import { cancelCandidacy } from './cancel-candidacy';
import { extendProbation } from './extend-probation';
import { actorOf } from './lifecycle-member';
import {
  advanceInput,
  assignSponsorsInput,
  cancelCandidacyInput,
  extendProbationInput,
  pipelineInput,
  pipelineOutput,
} from './lifecycle-schemas';
import { pipeline } from './pipeline';

const read = permissionProcedure('members.read');
const edit = permissionProcedure('members.edit');
const done = checked(z.object({ id: z.number().int() }));

export const lifecycleRouter = router({
  advance: edit
    .input(advanceInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => advanceStage(tx, actorOf(ctx), input))),
  extendProbation: edit
    .input(extendProbationInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => extendProbation(tx, actorOf(ctx), input))),
  cancelCandidacy: edit
    .input(cancelCandidacyInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => cancelCandidacy(tx, actorOf(ctx), input))),
  assignSponsors: edit
    .input(assignSponsorsInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => assignSponsorsTo(tx, actorOf(ctx), input))),
  pipeline: read
    .input(pipelineInput)
    .output(checked(pipelineOutput))
    .query(({ ctx, input }) => pipeline(ctx.db, { scope: ctx.scope, unitId: input.unitId, now: ctx.now() })),
});
