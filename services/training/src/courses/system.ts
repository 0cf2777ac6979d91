// The courses area's operations across scopes (a learner's own things, read by their account, never by an id from the
// page), bound to the raw client once at start-up.
import type { Db } from '@strata/db';

export const coursesSystem = (_db: Db) => ({});
