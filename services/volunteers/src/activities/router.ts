// The volunteers' activities procedures: each parses its input, holds its permission and hands the work to a domain function.
// Browsing and opening published activities need no grant (any signed-in account: ctx.system).
import { actorOf, authedProcedure, checked, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import {
  activityChanges,
  activityDetail,
  activityFilter,
  activityRow,
  browseFilter,
  browseRow,
  cancelInput,
  closeAnswer,
  idRef,
  newActivity,
  openActivity,
} from './activity-schemas';
import { cancelActivity, publishActivity } from './activity-status';
import { closeActivity } from './close-activity';
import { getActivity } from './get-activity';
import { listActivities } from './list-activities';
import { createActivity, updateActivity } from './save-activity';

const read = permissionProcedure('volunteers.read');
const organise = permissionProcedure('volunteers.organise');
const done = checked(z.object({ id: z.number().int() }));

export const activitiesRouter = router({
  /** Activities in scope (or a unit's subtree), filtered, sorted and paged, with their sign-up counts. */
  list: read
    .input(activityFilter)
    .output(checked(pageOf(activityRow)))
    .query(({ ctx, input }) => listActivities(ctx.db, ctx.scope, input)),
  /** One activity with its team, skills, counts and sign-up link. */
  get: read
    .input(idRef)
    .output(checked(activityDetail))
    .query(({ ctx, input }) => getActivity(ctx.db, ctx.scope, input.id)),
  /** A new draft activity of a unit. */
  create: organise
    .input(newActivity)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createActivity(tx, actorOf(ctx), input))),
  /** Edit a draft or published activity (capacity never below the confirmed places). */
  update: organise
    .input(activityChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateActivity(tx, actorOf(ctx), input))),
  /** Publish a draft: volunteers see it and sign up. */
  publish: organise
    .input(idRef)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => publishActivity(tx, actorOf(ctx), input.id))),
  /** Cancel a draft or published activity, with a reason. */
  cancel: organise
    .input(cancelInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => cancelActivity(tx, actorOf(ctx), input))),
  /** Close a published activity after its end: pending hours for the attendances that qualify. */
  close: organise
    .input(idRef)
    .output(checked(closeAnswer))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => closeActivity(tx, actorOf(ctx), input.id))),
  /** Published activities not yet ended, anywhere, soonest first (own: any signed-in account). */
  browse: authedProcedure
    .input(browseFilter)
    .output(checked(pageOf(browseRow)))
    .query(({ ctx, input }) => ctx.system.volunteers.browseActivities(ctx.session.user.id, input, ctx.now())),
  /** One published activity as a volunteer sees it, with their own sign-up and attendance (own). */
  open: authedProcedure
    .input(idRef)
    .output(checked(openActivity))
    .query(({ ctx, input }) => ctx.system.volunteers.openActivity(ctx.session.user.id, input.id)),
});
