// The dues team's procedures: each parses its input, holds its permission and hands the work to a domain function.
import {
  actorOf,
  authedProcedure,
  checked,
  idInput,
  pageOf,
  permissionProcedure,
  router,
  runTransaction,
} from '@strata/api';
import { z } from 'zod';
import { assessMonth } from './assessment/assess-month';
import { importBases } from './bases/import-bases';
import { listBases } from './bases/list-bases';
import { setBase } from './bases/set-base';
import {
  assessInput,
  assessResult,
  baseImportInput,
  baseImportResult,
  baseInput,
  baseRow,
  closeInput,
  correctInput,
  decideHardshipInput,
  duesMemberFilter,
  duesMemberRow,
  entryFilter,
  entryRow,
  hardshipFilter,
  hardshipRow,
  newRuleSet,
  paymentInput,
  paymentResult,
  periodInput,
  proposeHardshipInput,
  receipt,
  receiveInput,
  reconciliationResult,
  remitInput,
  remittanceFilter,
  remittanceRow,
  ruleSetRow,
  statement,
  statementInput,
  summaryResult,
  verifyInput,
  verifyResult,
  voidInput,
} from './dues-schemas';
import { decideHardship, proposeHardship } from './hardship/hardship';
import { listHardships } from './hardship/list-hardships';
import { closeMonth } from './ledger/close-month';
import { correctEntry } from './ledger/correct-entry';
import { listEntries } from './ledger/list-entries';
import { verifyBooks } from './ledger/verify-books';
import { listDuesMembers } from './members/list-dues-members';
import { duesNotices } from './notices/dues-notices';
import { getPayment } from './payments/get-payment';
import { recordPayment } from './payments/record-payment';
import { voidPayment } from './payments/void-payment';
import { listRemittances } from './remittances/list-remittances';
import { receiveRemittance, remit } from './remittances/remittances';
import { reconciliation } from './reports/reconciliation';
import { summary } from './reports/summary';
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
    /** Bases from a sheet, all rows or none (the problems row by row). */
    import: record
      .input(baseImportInput)
      .output(checked(baseImportResult))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => importBases(tx, actorOf(ctx), input))),
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
  hardship: router({
    /** The hardship requests of a unit's subtree. */
    list: read
      .input(hardshipFilter)
      .output(checked(pageOf(hardshipRow)))
      .query(({ ctx, input }) => listHardships(ctx.db, ctx.scope, input)),
    /** The member's branch proposes a reduction or waiver for some months. */
    propose: record
      .input(proposeHardshipInput)
      .output(done)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => proposeHardship(tx, actorOf(ctx), input))),
    /** The unit above approves or declines it; approved, the months already assessed are reduced at once. */
    decide: permissionProcedure('dues.approve')
      .input(decideHardshipInput)
      .output(checked(z.object({ id: z.number().int(), state: z.string(), reduced: z.number().int() })))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => decideHardship(tx, actorOf(ctx), input))),
  }),
  payments: router({
    /** A payment as its receipt prints it. */
    get: read
      .input(z.strictObject({ id: idInput }))
      .output(checked(receipt))
      .query(({ ctx, input }) => getPayment(ctx.db, ctx.scope, input.id)),
    /** Record a payment with its receipt (once per request key). */
    record: record
      .input(paymentInput)
      .output(paymentResult)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => recordPayment(tx, actorOf(ctx), input))),
    /** Take a payment back: every line of its receipt reversed today (once). */
    void: record
      .input(voidInput)
      .output(checked(z.object({ id: z.number().int(), entries: z.number().int() })))
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => voidPayment(tx, actorOf(ctx), input))),
  }),
  remittances: router({
    /** What a unit's subtree sent up, or what the unit received from its children. */
    list: read
      .input(remittanceFilter)
      .output(checked(pageOf(remittanceRow)))
      .query(({ ctx, input }) => listRemittances(ctx.db, ctx.scope, input)),
    /** Send the parent what was collected for a month (once a month). */
    send: record
      .input(remitInput)
      .output(done)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => remit(tx, actorOf(ctx), input))),
    /** The parent confirms what it received. */
    receive: record
      .input(receiveInput)
      .output(done)
      .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => receiveRemittance(tx, actorOf(ctx), input))),
  }),
  reports: router({
    /** Assessed, reduced, paid, left, collected, remitted and received over months, by child unit or member. */
    summary: read
      .input(periodInput)
      .output(checked(summaryResult))
      .query(({ ctx, input }) => summary(ctx.db, ctx.scope, input)),
    /** What each child sent up against what the unit received, with the differences. */
    reconciliation: read
      .input(periodInput)
      .output(checked(reconciliationResult))
      .query(({ ctx, input }) => reconciliation(ctx.db, ctx.scope, input, ctx.now())),
  }),
  statements: router({
    /** A member's statement, for a reader of their branch. */
    member: read
      .input(statementInput)
      .output(checked(statement))
      .query(({ ctx, input }) => memberStatement(ctx.db, { scope: ctx.scope, now: ctx.now() }, input)),
    /** The caller's own statement, when their account is a member's. */
    mine: authedProcedure
      .input(z.strictObject({ year: z.number().int().min(2008).max(2100).optional() }))
      .output(checked(statement))
      .query(({ ctx, input }) => ctx.system.dues.ownStatement(ctx.session.user.id, ctx.now(), input.year)),
  }),
  /** The bell's news for those who keep the books: requests awaiting their decision, branches with members behind. */
  notices: duesNotices.router,
});
