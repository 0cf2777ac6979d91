// The volunteers' people procedures: each parses its input, holds its permission and hands the work to a domain function.
// A volunteer's own profile (`mine`, `registerSelf`) needs no grant: it is read by the account's link.
import {
  authedProcedure,
  checked,
  idInput,
  pageOf,
  permissionProcedure,
  router,
  runTransaction,
  type Scope,
  type SystemOperations,
} from '@strata/api';
import { z } from 'zod';
import { createVolunteer } from './create-volunteer';
import { getVolunteer } from './get-volunteer';
import { linkVolunteerAccount } from './link-account';
import { listVolunteers } from './list-volunteers';
import {
  newVolunteer,
  ownProfile,
  revealedPii,
  selfRegistration,
  volunteerAccountLink,
  volunteerChanges,
  volunteerFilter,
  volunteerProfile,
  volunteerRow,
  volunteerStatusChange,
} from './people-schemas';
import { revealVolunteer } from './reveal-volunteer';
import { setVolunteerStatus } from './set-volunteer-status';
import { updateVolunteer } from './update-volunteer';

const read = permissionProcedure('volunteers.read');
const pii = permissionProcedure('volunteers.pii');
const manage = permissionProcedure('volunteers.manage');
const done = checked(z.object({ id: z.number().int() }));

type Ctx = { scope: Scope; system: SystemOperations; session: { user: { id: number } }; now: () => Date };
const writer = (ctx: Ctx) => ({ scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, now: ctx.now() });

export const peopleRouter = router({
  /** Volunteers of a unit's subtree, filtered, sorted and paged; personal data masked on every row. */
  list: read
    .input(volunteerFilter)
    .output(checked(pageOf(volunteerRow)))
    .query(({ ctx, input }) => listVolunteers(ctx.db, ctx.scope, input)),

  /** The profile: details, masked personal data, the teams the reader may see, the linked account. */
  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(volunteerProfile))
    .query(({ ctx, input }) => getVolunteer(ctx.db, ctx.scope, input.id)),

  /** The ID number, phone and address in the clear, for a caller with volunteers.pii at the volunteer's unit; audited. */
  reveal: pii
    .input(z.strictObject({ id: idInput }))
    .output(checked(revealedPii))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => revealVolunteer(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input.id)),
    ),

  create: manage
    .input(newVolunteer)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createVolunteer(tx, writer(ctx), input))),

  update: manage
    .input(volunteerChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateVolunteer(tx, writer(ctx), input))),

  setStatus: manage
    .input(volunteerStatusChange)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => setVolunteerStatus(tx, writer(ctx), input))),

  /** Links the volunteer to their own console account (by username: an account of a unit in the caller's scope), or unlinks. */
  linkAccount: manage
    .input(volunteerAccountLink)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => linkVolunteerAccount(tx, writer(ctx), input))),

  /** The caller's own profile, or null when their account is no volunteer's (the console offers to register). */
  mine: authedProcedure
    .input(z.strictObject({}))
    .output(checked(ownProfile))
    .query(({ ctx }) => ctx.system.volunteers.ownVolunteerProfile(ctx.session.user.id)),

  /** The caller registers themself as a volunteer of their home unit. */
  registerSelf: authedProcedure
    .input(selfRegistration)
    .output(done)
    .mutation(({ ctx, input }) => ctx.system.volunteers.registerOwnVolunteer(ctx.session.user.id, ctx.now(), input)),
});
