// The volunteers' records procedures: each parses its input, holds its permission and hands the work to a domain function.
import { actorOf, authedProcedure, checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { addAward } from './add-award';
import { awardInput, ownRecordInput, recordInput, serviceRecord } from './records-schemas';
import { volunteerRecord } from './service-record';

export const recordsRouter = router({
  /** A volunteer's service record (of a unit where the caller reads volunteers). */
  get: permissionProcedure('volunteers.read')
    .input(recordInput)
    .output(checked(serviceRecord))
    .query(({ ctx, input }) => volunteerRecord(ctx.db, ctx.scope, input.volunteerId, input.year)),
  /** The caller's own service record. */
  mine: authedProcedure
    .input(ownRecordInput)
    .output(checked(serviceRecord))
    .query(({ ctx, input }) => ctx.system.volunteers.ownRecord(ctx.session.user.id, input.year)),
  /** An award or commendation on a volunteer's record. */
  addAward: permissionProcedure('volunteers.manage')
    .input(awardInput)
    .output(checked(z.object({ id: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addAward(tx, actorOf(ctx), input))),
});
