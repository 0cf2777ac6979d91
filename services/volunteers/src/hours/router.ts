// The volunteers' hours procedures: each parses its input, holds its permission and hands the work to a domain function.
import { actorOf, authedProcedure, checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { approveHours, declineHour } from './decide-hours';
import { hourHistory } from './hour-history';
import {
  appealInput,
  approveInput,
  approveResult,
  decidedResult,
  declineInput,
  historyRow,
  hourFilter,
  hourPage,
  mineInput,
  ownHourPage,
} from './hours-schemas';
import { listHours } from './list-hours';

const read = permissionProcedure('volunteers.read');
const certify = permissionProcedure('volunteers.certify');

export const hoursRouter = router({
  /** A unit subtree's entries, newest first (the approval queue: `status: 'pending'`). */
  list: read
    .input(hourFilter)
    .output(checked(hourPage))
    .query(({ ctx, input }) => listHours(ctx.db, ctx.scope, input)),
  /** Approve pending or appealed entries, all of them or none (at most 1,000). */
  approve: certify
    .input(approveInput)
    .output(checked(approveResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => approveHours(tx, actorOf(ctx), input))),
  /** Decline a pending or appealed entry with a reason (the entry stays). */
  decline: certify
    .input(declineInput)
    .output(checked(decidedResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => declineHour(tx, actorOf(ctx), input))),
  /** An entry's trail of decisions, oldest first. */
  history: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.array(historyRow)))
    .query(({ ctx, input }) => hourHistory(ctx.db, ctx.scope, input.id)),
  /** The caller's own entries. */
  mine: authedProcedure
    .input(mineInput)
    .output(checked(ownHourPage))
    .query(({ ctx, input }) => ctx.system.volunteers.ownHours(ctx.session.user.id, input)),
  /** The caller appeals one of their own declined entries, once. */
  appeal: authedProcedure
    .input(appealInput)
    .output(checked(decidedResult))
    .mutation(({ ctx, input }) => ctx.system.volunteers.appealHour(ctx.session.user.id, input, ctx.now())),
});
