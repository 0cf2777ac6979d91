// The reports area's operations across scopes: none (every report reads through the caller's scope; a learner's own
// figures are the learning area's).
import type { Db } from '@strata/db';

export const reportsSystem = (_db: Db) => ({});
