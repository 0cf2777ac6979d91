// The registry: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { createMember } from './create-member';
import { getMember } from './get-member';
import { linkMemberAccount } from './link-account';
import { exportMembers, listMembers } from './list-members';
import {
  accountLink,
  exportRow,
  memberChanges,
  memberFilter,
  memberProfile,
  memberRow,
  newMember,
  revealedPii,
  statusChange,
} from './registry-schemas';
import { revealMember } from './reveal-member';
import { setMemberStatus } from './set-member-status';
import { updateMember } from './update-member';

const read = permissionProcedure('members.read');
const pii = permissionProcedure('members.pii');
const edit = permissionProcedure('members.edit');
const done = checked(z.object({ id: z.number().int() }));

type Ctx = {
  scope: import('@strata/api').Scope;
  system: import('@strata/api').SystemOperations;
  session: { user: { id: number } };
  now: () => Date;
};
const writer = (ctx: Ctx) => ({ scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, now: ctx.now() });

export const registryRouter = router({
  /** Members in scope (or a unit's subtree), filtered, sorted and paged; personal data masked on every row. */
  list: read
    .input(memberFilter)
    .output(checked(pageOf(memberRow)))
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.scope, input, ctx.now())),

  /** The profile: details, masked personal data, the timeline, sponsors, transfer letters and floating attachments. */
  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(memberProfile))
    .query(({ ctx, input }) => getMember(ctx.db, { scope: ctx.scope, locale: ctx.locale, now: ctx.now() }, input.id)),

  /** The ID number, phone and address in the clear, for a caller with members.pii at the member's unit; audited. */
  reveal: pii
    .input(z.strictObject({ id: idInput }))
    .output(checked(revealedPii))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => revealMember(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input.id)),
    ),

  create: edit
    .input(newMember)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createMember(tx, writer(ctx), input))),

  update: edit
    .input(memberChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateMember(tx, writer(ctx), input))),

  /** Leaving the registry: deceased, expelled or withdrawn, from active or floating. */
  setStatus: edit
    .input(statusChange)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => setMemberStatus(tx, writer(ctx), input))),

  /** Links the member to their own console account (by username: an account of a unit where the caller keeps the registry), or unlinks. */
  linkAccount: edit
    .input(accountLink)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => linkMemberAccount(tx, writer(ctx), input))),

  /**
   * One page of an export with personal data (the list's filter): in the clear where the caller holds members.pii at
   * the row's unit, masked elsewhere; one audit entry per page. An export without personal data pages through `list`.
   */
  exportPage: pii
    .input(memberFilter)
    .output(checked(pageOf(exportRow)))
    .mutation(({ ctx, input }) =>
      exportMembers(ctx.db, { scope: ctx.scope, actorId: ctx.session.user.id, now: ctx.now(), t: ctx.t }, input),
    ),
});
