// The one raw statement of sessions: a share lock on the session's row. Attendance (a code check-in, a trainer's mark)
// takes it before reading whether the session still runs, so a cancellation (which updates the row, and so waits for
// them or makes them wait) never leaves attendance on a cancelled session. Check-ins hold it together, never waiting on
// one another. Booking needs none: its one conditional update on the row is what takes the place.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

/**
 * Share-locks (PostgreSQL, FOR SHARE) the session's row until the transaction ends; a missing id locks nothing (the
 * caller's read then finds nothing). SQLite needs none: its adapter runs one transaction at a time. The lock precedes
 * the scope check and reveals nothing.
 */
export async function shareSession(tx: Tx, sessionId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "TrainingSession" WHERE "id" = ${sessionId} FOR SHARE`);
}
