// The signups area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import { mySignups, signUp, withdraw } from './own-signups';

export const signupsSystem = (db: Db) => ({
  /** The account's volunteer signs up for a published recruitment activity. */
  signUp: (accountId: number, activityId: number, now: Date) => signUp(db, accountId, activityId, now),
  /** The account's volunteer withdraws their sign-up before the start. */
  withdrawSignup: (accountId: number, activityId: number, now: Date) => withdraw(db, accountId, activityId, now),
  /** The account's volunteer's sign-ups, upcoming first. */
  mySignups: (accountId: number, now: Date) => mySignups(db, accountId, now),
});
