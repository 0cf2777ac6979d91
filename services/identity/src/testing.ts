// For identity's own tests.
import type { SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import { identitySystem } from './system';

/**
 * Identity's system operations alone, typed as the whole system the gateway composes from every team: the functions
 * under test call only identity's, and the repo's one type-check program sees every team's in `SystemOperations`.
 */
export const identityOnly = (db: Db) => identitySystem(db) as unknown as SystemOperations;
