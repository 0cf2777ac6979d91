// The sessions area's operations across scopes (a learner's own things, read by their account, never by an id from the
// page alone; and whether an account may lead a course's sessions), bound to the raw client once at start-up;
// procedures call them as ctx.system.training.<op>.
import { runTransaction } from '@strata/api';
import type { Db } from '@strata/db';
import { checkInToSession } from './own-checkin';
import { ownSessionsSystem } from './own-sessions';
import { releaseLeftSeats } from './places';
import { trainerAt, trainersAt } from './session-trainer';

export const sessionsSystem = (db: Db) => ({
  ...ownSessionsSystem(db),
  /** The account checks in to a session of its course with the code on the screen. */
  checkInToSession: (accountId: number, input: { sessionId: number; code: string }, now: Date) =>
    checkInToSession(db, accountId, input, now),
  /**
   * An enrolment withdrawn (its assignment withdrawn by an assigner, whose scope may not reach the course's sessions):
   * its seats in sessions to come go back. Nothing while the enrolment is not withdrawn.
   */
  releaseLeftSeats: (enrolmentId: number, now: Date) =>
    runTransaction(db, (tx) => releaseLeftSeats(tx, enrolmentId, now)),
  /** The account's display name when it may lead the sessions of courses of the unit at `unitPath`, else null. */
  sessionTrainerAt: (accountId: number, unitPath: string) => trainerAt(db, accountId, unitPath),
  /** The accounts that may lead them (at most 50, by name, `q` narrowing the name): id, name, home unit's name. */
  sessionTrainersAt: (unitPath: string, q: string | undefined) => trainersAt(db, unitPath, q),
});
