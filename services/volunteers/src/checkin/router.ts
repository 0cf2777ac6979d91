// The volunteers' checkin procedures: each parses its input, holds its permission and hands the work to a domain function.
// Checking in and out with a code needs no grant (the caller's own profile, through ctx.system).
import { actorOf, authedProcedure, checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { evaluateAttendance, listAttendance, recordAttendance } from './attendance';
import {
  attendanceRow,
  checkedInAnswer,
  checkedOutAnswer,
  codeEntry,
  codeRequest,
  evaluateInput,
  recordAnswer,
  recordInput,
  screenState,
  shownCode,
} from './checkin-schemas';
import { currentCode, showCode } from './screen-codes';

const read = permissionProcedure('volunteers.read');
const organise = permissionProcedure('volunteers.organise');

export const checkinRouter = router({
  /** The screen's poll: the code to show now (none: ask `code`), and how many checked in and out. */
  current: organise
    .input(codeRequest)
    .output(checked(screenState))
    .query(({ ctx, input }) => currentCode(ctx.db, ctx.scope, input, ctx.now())),
  /** The current unused code for the activity and purpose, or a new one (audited once per call). */
  code: organise
    .input(codeRequest)
    .output(checked(shownCode))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => showCode(tx, actorOf(ctx), input))),
  /** Check in with the screen's code (own). */
  checkIn: authedProcedure
    .input(codeEntry)
    .output(checked(checkedInAnswer))
    .mutation(({ ctx, input }) => ctx.system.volunteers.checkIn(ctx.session.user.id, input, ctx.now())),
  /** Check out with the screen's check-out code (own). */
  checkOut: authedProcedure
    .input(codeEntry)
    .output(checked(checkedOutAnswer))
    .mutation(({ ctx, input }) => ctx.system.volunteers.checkOut(ctx.session.user.id, input, ctx.now())),
  /** Record an attendance by hand, with a reason (a new one, or the check-out of an open one). */
  record: organise
    .input(recordInput)
    .output(checked(recordAnswer))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => recordAttendance(tx, actorOf(ctx), input))),
  /** The activity's attendances with their minutes and whether they qualify for hours. */
  list: read
    .input(z.strictObject({ activityId: idInput }))
    .output(checked(z.array(attendanceRow)))
    .query(({ ctx, input }) => listAttendance(ctx.db, ctx.scope, input.activityId)),
  /** The organiser's rating (1-5) and word on an attendance. */
  evaluate: organise
    .input(evaluateInput)
    .output(checked(z.object({ id: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => evaluateAttendance(tx, actorOf(ctx), input))),
});
