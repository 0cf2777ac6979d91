// The volunteers' signups procedures: each parses its input, holds its permission and hands the work to a domain function.
// A volunteer's own (signUp, withdraw, mine) need no grant: they act on the caller's profile through ctx.system.
import { actorOf, authedProcedure, checked, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { decideSignup, enrolVolunteer, listSignups, removeSignup } from './organise-signups';
import {
  activityRef,
  decideAnswer,
  decideInput,
  enrolInput,
  mySignup,
  removeInput,
  signupAnswer,
  signupFilter,
  signupRow,
  withdrawAnswer,
} from './signup-schemas';

const read = permissionProcedure('volunteers.read');
const organise = permissionProcedure('volunteers.organise');

export const signupsRouter = router({
  /** Sign up for a published recruitment activity (own). */
  signUp: authedProcedure
    .input(activityRef)
    .output(checked(signupAnswer))
    .mutation(({ ctx, input }) => ctx.system.volunteers.signUp(ctx.session.user.id, input.activityId, ctx.now())),
  /** Withdraw one's sign-up before the start (own). */
  withdraw: authedProcedure
    .input(activityRef)
    .output(checked(withdrawAnswer))
    .mutation(({ ctx, input }) =>
      ctx.system.volunteers.withdrawSignup(ctx.session.user.id, input.activityId, ctx.now()),
    ),
  /** One's own sign-ups, upcoming first (own). */
  mine: authedProcedure
    .input(z.void())
    .output(checked(z.array(mySignup)))
    .query(({ ctx }) => ctx.system.volunteers.mySignups(ctx.session.user.id, ctx.now())),
  /** An activity's sign-ups, in the order they came. */
  list: read
    .input(signupFilter)
    .output(checked(pageOf(signupRow)))
    .query(({ ctx, input }) => listSignups(ctx.db, ctx.scope, input)),
  /** Approve (a place, else the waitlist) or decline a pending sign-up. */
  decide: organise
    .input(decideInput)
    .output(checked(decideAnswer))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => decideSignup(tx, actorOf(ctx), input))),
  /** Sign a volunteer up by hand (a place, else the waitlist). */
  enrol: organise
    .input(enrolInput)
    .output(checked(signupAnswer))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => enrolVolunteer(tx, actorOf(ctx), input))),
  /** Remove a sign-up (a confirmed place goes to the first waitlisted). */
  remove: organise
    .input(removeInput)
    .output(checked(withdrawAnswer))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => removeSignup(tx, actorOf(ctx), input))),
});
