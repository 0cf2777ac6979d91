// Acts on one's own grants (removing one, archiving the unit of one) decide on the grants one holds: two such
// acts at once must not both see two. Reviewed raw SQL (see @strata/api reviewed-sql.ts): PostgreSQL's row
// lock on the account serialises them; SQLite's adapter already runs one transaction at a time.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

export async function lockAccount(tx: Tx, userId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`);
}
