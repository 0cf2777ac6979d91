// The activities area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { browseFilter } from './activity-schemas';
import { browseActivities, openActivityFor } from './browse-activities';

export const activitiesSystem = (db: Db) => ({
  /** Published activities not yet ended, soonest first, with the account's own sign-up status. */
  browseActivities: (accountId: number, filter: z.output<typeof browseFilter>, now: Date) =>
    browseActivities(db, accountId, filter, now),
  /** One published activity with the account's own sign-up and attendance. */
  openActivity: (accountId: number, id: number) => openActivityFor(db, accountId, id),
});
