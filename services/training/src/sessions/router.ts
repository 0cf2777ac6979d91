// The sessions area's procedures: each parses its input, holds its permission and hands the work to a domain function.
// The course's side: sessions scheduled and listed with training.manage; the class list, attendance and the check-in
// screen with training.teach (a trainer of the course, whatever the learners' units). A learner's own (upcoming,
// book, cancelSeat, checkIn) need no grant: they act on the caller's enrolments through ctx.system.
import { actorOf, authedProcedure, checked, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { cancelSession } from './cancel-session';
import { listSessions } from './list-sessions';
import { markAttendance } from './mark-attendance';
import { createSession, updateSession } from './save-session';
import { sessionScreen, showSessionCode } from './screen-codes';
import { sessionRoster } from './session-roster';
import {
  cancelled,
  checkedIn,
  codeEntry,
  marked,
  markInput,
  newSession,
  roster,
  saved,
  screenState,
  seatAnswer,
  sessionChanges,
  sessionFilter,
  sessionIdInput,
  sessionRef,
  sessionRow,
  shownCode,
  trainerChoice,
  trainerQuery,
  upcomingFilter,
  upcomingRow,
} from './session-schemas';
import { trainerChoices } from './trainer-choices';

const manage = permissionProcedure('training.manage');
const teach = permissionProcedure('training.teach');

export const sessionsRouter = router({
  /** Sessions of the courses in scope (or a unit's subtree), by course, days and status, by start, paged. */
  list: manage
    .input(sessionFilter)
    .output(checked(pageOf(sessionRow)))
    .query(({ ctx, input }) => listSessions(ctx.db, ctx.scope, input)),
  /** Schedule a session of a course: place, time, places and its trainer. */
  create: manage
    .input(newSession)
    .output(checked(saved))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => createSession(tx, actorOf(ctx), ctx.system.training.sessionTrainerAt, input)),
    ),
  /** Change a session that is not cancelled (places never below the seats booked). */
  update: manage
    .input(sessionChanges)
    .output(checked(saved))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => updateSession(tx, actorOf(ctx), ctx.system.training.sessionTrainerAt, input)),
    ),
  /** Cancel a session and its booked seats (not once attendance has been taken). */
  cancel: manage
    .input(sessionRef)
    .output(checked(cancelled))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => cancelSession(tx, actorOf(ctx), input.id))),
  /** The accounts that may lead the course's sessions (at most 50, by name), for the session form's picker. */
  trainers: manage
    .input(trainerQuery)
    .output(checked(z.array(trainerChoice)))
    .query(({ ctx, input }) => trainerChoices(ctx.db, ctx.scope, ctx.system.training.sessionTrainersAt, input)),
  /** The session's class list: its seats across the learners' units, with their attendance. */
  roster: teach
    .input(sessionRef)
    .output(checked(roster))
    .query(({ ctx, input }) => sessionRoster(ctx.db, ctx.scope, input.id)),
  /** The trainer's attendance: a seat marked attended or not; the enrolment's progress follows. */
  mark: teach
    .input(markInput)
    .output(checked(marked))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => markAttendance(tx, actorOf(ctx), input))),
  /** The screen's poll: the code to show now (none: ask screenCode for one), and the seats booked and attended. */
  screen: teach
    .input(sessionRef)
    .output(checked(screenState))
    .query(({ ctx, input }) => sessionScreen(ctx.db, ctx.scope, input.id, ctx.now())),
  /** The current unused code for the session's screen, or a new one valid for 60 s, with its QR link. */
  screenCode: teach
    .input(sessionRef)
    .output(checked(shownCode))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => showSessionCode(tx, actorOf(ctx), input.id))),
  /** The sessions of my courses from now on, with my seat and the places left (own). */
  upcoming: authedProcedure
    .input(upcomingFilter)
    .output(checked(pageOf(upcomingRow)))
    .query(({ ctx, input }) => ctx.system.training.upcomingSessions(ctx.session.user.id, input, ctx.now())),
  /** Book a seat in a session of my course before it begins (own). */
  book: authedProcedure
    .input(sessionIdInput)
    .output(checked(seatAnswer))
    .mutation(({ ctx, input }) => ctx.system.training.bookSessionSeat(ctx.session.user.id, input.sessionId, ctx.now())),
  /** Give my seat back before the session begins (own). */
  cancelSeat: authedProcedure
    .input(sessionIdInput)
    .output(checked(seatAnswer))
    .mutation(({ ctx, input }) =>
      ctx.system.training.cancelSessionSeat(ctx.session.user.id, input.sessionId, ctx.now()),
    ),
  /** Check in with the code on the session's screen (own). */
  checkIn: authedProcedure
    .input(codeEntry)
    .output(checked(checkedIn))
    .mutation(({ ctx, input }) => ctx.system.training.checkInToSession(ctx.session.user.id, input, ctx.now())),
});
