// The one statement of the session cache: telling every process on the same PostgreSQL database that sessions
// changed. Sent inside the changing transaction, so PostgreSQL delivers it at commit, and only then.
import type { Tx } from '@strata/db';
import { reviewedSql } from './reviewed-sql';

export const sessionChangeChannel = 'strata_session_changes';

export async function notifySessionChange(tx: Tx, payload: string) {
  await tx.$executeRaw(reviewedSql`SELECT pg_notify(${sessionChangeChannel}, ${payload})`);
}
