// The volunteers' teams procedures: each parses its input, holds its permission and hands the work to a domain function.
// Browsing, joining and leaving teams are a volunteer's own things: no grant, read by the account's link.
import { authedProcedure, checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { getTeam } from './get-team';
import { listTeams } from './list-teams';
import { addTeamMember, decideMembership, removeTeamMember } from './memberships';
import { archiveTeam, createTeam, updateTeam } from './save-team';
import {
  browsedTeam,
  memberAddition,
  memberRemoval,
  membershipDecision,
  newTeam,
  ownMembership,
  teamBrowse,
  teamChanges,
  teamDetail,
  teamFilter,
  teamRow,
} from './teams-schemas';

const read = permissionProcedure('volunteers.read');
const manage = permissionProcedure('volunteers.manage');
const done = checked(z.object({ id: z.number().int() }));
const teamInput = z.strictObject({ teamId: idInput });

type Ctx = { scope: import('@strata/api').Scope; session: { user: { id: number } }; now: () => Date };
const writer = (ctx: Ctx) => ({ scope: ctx.scope, actorId: ctx.session.user.id, now: ctx.now() });

export const teamsRouter = router({
  /** Teams of a unit's subtree, filtered, sorted and paged, with their counts of members and pending requests. */
  list: read
    .input(teamFilter)
    .output(checked(pageOf(teamRow)))
    .query(({ ctx, input }) => listTeams(ctx.db, ctx.scope, input)),

  /** The team and every place in it (names only: no personal data). */
  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(teamDetail))
    .query(({ ctx, input }) => getTeam(ctx.db, ctx.scope, input.id)),

  create: manage
    .input(newTeam)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createTeam(tx, writer(ctx), input))),

  update: manage
    .input(teamChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateTeam(tx, writer(ctx), input))),

  archive: manage
    .input(z.strictObject({ id: idInput }))
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => archiveTeam(tx, writer(ctx), input.id))),

  /** Approves or declines a pending request to join. */
  decide: manage
    .input(membershipDecision)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => decideMembership(tx, writer(ctx), input))),

  /** Adds a volunteer the caller can see to a team of theirs, approved at once. */
  addMember: manage
    .input(memberAddition)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addTeamMember(tx, writer(ctx), input))),

  removeMember: manage
    .input(memberRemoval)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => removeTeamMember(tx, writer(ctx), input))),

  /** Active teams of every unit, with the caller's own place in each (none without a volunteer profile). */
  browse: authedProcedure
    .input(teamBrowse)
    .output(checked(pageOf(browsedTeam)))
    .query(({ ctx, input }) => ctx.system.volunteers.browseTeams(ctx.session.user.id, input)),

  /** The caller asks to join a team: pending until its unit decides. */
  join: authedProcedure
    .input(teamInput)
    .output(done)
    .mutation(({ ctx, input }) => ctx.system.volunteers.joinTeam(ctx.session.user.id, input.teamId, ctx.now())),

  /** The caller leaves a team, or withdraws a pending request. */
  leave: authedProcedure
    .input(teamInput)
    .output(done)
    .mutation(({ ctx, input }) => ctx.system.volunteers.leaveTeam(ctx.session.user.id, input.teamId, ctx.now())),

  /** The caller's own places in teams. */
  mine: authedProcedure
    .input(z.strictObject({}))
    .output(checked(z.array(ownMembership)))
    .query(({ ctx }) => ctx.system.volunteers.ownMemberships(ctx.session.user.id)),
});
