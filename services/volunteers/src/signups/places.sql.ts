// The one raw statement of sign-ups: the activity's row lock. Every change of an activity's places and waitlist takes
// it first, so sign-ups, withdrawals and decisions on one activity run one after another: a waitlist position read
// after the lock is final, and nobody is promoted twice.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

/**
 * Locks (PostgreSQL, FOR UPDATE) the activity's row until the transaction ends; a missing id locks nothing (the
 * caller's read then finds nothing). SQLite needs none: its adapter runs one transaction at a time. The lock precedes
 * the scope check and reveals nothing.
 */
export async function lockActivity(tx: Tx, activityId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "Activity" WHERE "id" = ${activityId} FOR UPDATE`);
}
