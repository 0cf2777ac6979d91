// The dues team's procedures: each parses its input, holds its permission and hands the work to a domain function.
import { actorOf, checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { assessMonth } from './assessment/assess-month';
import { listBases } from './bases/list-bases';
import { setBase } from './bases/set-base';
import {
  assessInput,
  assessResult,
  baseInput,
  baseRow,
  closeInput,
  correctInput,
  duesMemberFilter,
  duesMemberRow,
  entryFilter,
  entryRow,
  newRuleSet,
  paymentInput,
  paymentResult,
  ruleSetRow,
  statement,
  statementInput,
  verifyInput,
  verifyResult,
} from './dues-schemas';
import { closeMonth } from './ledger/close-month';
import { correctEntry } from './ledger/correct-entry';
import { listEntries } from './ledger/list-entries';
import { verifyBooks } from './ledger/verify-books';
import { listDuesMembers } from './members/list-dues-members';
import { recordPayment } from './payments/record-payment';
import { addRuleSet } from './rules/add-rule-set';
import { loadRuleSets } from './rules/rule-sets';
import { memberStatement } from './statements/member-statement';

const read = permissionProcedure('dues.read');
const record = permissionProcedure('dues.record');
const done = checked(z.object({ id: z.number().int() }));

export const duesRouter = router({
  rules: router({
    /** Every version of the rules, oldest first. */
    list: read
      .input(z.void())
      .output(checked(z.array(ruleSetRow)))
      .query(async ({ ctx }) =>
        (await loadRuleSets(ctx.db)).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      ),
    /** A new version from a month on (the top unit only). */
    add: permissionProcedure('dues.rules')
      .input(newRuleSet)
      .output(done)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addRuleSet(tx, actorOf(ctx), input))),
  }),
  members: router({
    /** A unit subtree's paying members with their base, the current month and their arrears. */
    list: read
      .input(duesMemberFilter)
      .output(checked(pageOf(duesMemberRow)))
      .query(({ ctx, input }) => listDuesMembers(ctx.db, ctx.scope, input, ctx.now())),
  }),
  bases: router({
    list: read
      .input(z.strictObject({ memberId: idInput }))
      .output(checked(z.array(baseRow)))
      .query(({ ctx, input }) => listBases(ctx.db, ctx.scope, input.memberId)),
    /** A member's base from a month on (replacing one entered for the same month). */
    set: record
      .input(baseInput)
      .output(done)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => setBase(tx, actorOf(ctx), input))),
  }),
  ledger: router({
    /** A unit's books, a page at a time. */
    list: read
      .input(entryFilter)
      .output(checked(pageOf(entryRow)))
      .query(({ ctx, input }) => listEntries(ctx.db, ctx.scope, input)),
    /** Assess a branch's month (idempotent). */
    assess: record
      .input(assessInput)
      .output(checked(assessResult))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => assessMonth(tx, actorOf(ctx), input))),
    /** Reverse an entry with a correction booked today. */
    correct: record
      .input(correctInput)
      .output(checked(z.object({ seq: z.number().int() })))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => correctEntry(tx, actorOf(ctx), input))),
    /** Close a month of a unit's books. */
    close: record
      .input(closeInput)
      .output(checked(z.object({ month: z.string() })))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => closeMonth(tx, actorOf(ctx), input))),
    /** Recompute a unit's chain (or every chain of its subtree) and name the first broken entry. */
    verify: read
      .input(verifyInput)
      .output(checked(verifyResult))
      .query(({ ctx, input }) => verifyBooks(ctx.db, ctx.scope, input)),
  }),
  payments: router({
    /** Record a payment with its receipt (once per request key). */
    record: record
      .input(paymentInput)
      .output(paymentResult)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => recordPayment(tx, actorOf(ctx), input))),
  }),
  statements: router({
    /** A member's statement, for a reader of their branch. */
    member: read
      .input(statementInput)
      .output(checked(statement))
      .query(({ ctx, input }) => memberStatement(ctx.db, { scope: ctx.scope, now: ctx.now() }, input)),
  }),
});
