// The records area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import { ownVolunteer } from '../common/own-volunteer';
import { recordOf } from './service-record';

export const recordsSystem = (db: Db) => ({
  /** The caller's own service record. */
  async ownRecord(accountId: number, year: number | undefined) {
    return recordOf(db, await ownVolunteer(db, accountId), year);
  },
});
