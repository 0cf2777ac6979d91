// The checkin area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import { checkIn, checkOut } from './own-checkin';

export const checkinSystem = (db: Db) => ({
  /** The account's volunteer checks in at an activity with the code on the screen. */
  checkIn: (accountId: number, input: { activityId: number; code: string }, now: Date) =>
    checkIn(db, accountId, input, now),
  /** The account's volunteer checks out with the screen's check-out code. */
  checkOut: (accountId: number, input: { activityId: number; code: string }, now: Date) =>
    checkOut(db, accountId, input, now),
});
