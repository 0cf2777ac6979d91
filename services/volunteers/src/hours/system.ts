// The hours area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import { ownHoursSystem } from './own-hours';

export const hoursSystem = (db: Db) => ({ ...ownHoursSystem(db) });
