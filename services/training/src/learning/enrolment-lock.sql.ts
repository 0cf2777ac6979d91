// A learner's writes to one enrolment (finishing a lesson, enrolling again) read its figures, then recount them:
// two at once must not both count from the same state. Reviewed raw SQL (see @strata/api reviewed-sql.ts):
// PostgreSQL's row lock on the enrolment serialises them; SQLite's adapter already runs one transaction at a time.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

export async function lockEnrolment(tx: Tx, enrolmentId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "Enrolment" WHERE "id" = ${enrolmentId} FOR UPDATE`);
}
