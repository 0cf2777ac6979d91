// A member's statement's reads beside their months (memberMonths) and base (basesInForce), one reviewed statement
// straight from the driver: the receipts of the member's branch with whether each was taken back (a reversal of
// a payment or extra carries its receipt's number). Through Prisma these (with the base) were three queries and most of a
// statement's CPU at xl (Prisma's runtime 27 % of the gateway's profile, against 3 % for the rest of Strata's code).
// The unit was looked up through the reader's scope first (or trusted by a system operation); the member is of it.
import { type CheckedUnit, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

/** The member's receipts at the unit, newest first (of one year if asked), each with whether it was taken back. */
export async function receiptsOf(db: Db, unit: CheckedUnit, memberId: number, year?: number) {
  const rows = await queryReviewed<{
    id: number;
    receiptNo: string;
    amountFen: number;
    paidOn: string;
    payer: string;
    reversed: number | boolean;
  }>(
    db,
    reviewedSql`SELECT p."id" AS "id", p."receiptNo" AS "receiptNo", p."amountFen" AS "amountFen", p."paidOn" AS "paidOn", p."payer" AS "payer", EXISTS (SELECT 1 FROM "DuesEntry" e WHERE e."receiptNo" = p."receiptNo" AND e."unitId" = p."unitId" AND e."memberId" = p."memberId" AND e."reversesSeq" IS NOT NULL AND e."kind" IN ('payment', 'extra')) AS "reversed" FROM "DuesPayment" p WHERE p."memberId" = ${memberId} AND p."unitId" = ${unit.id}${year === undefined ? reviewedSql`` : reviewedSql` AND p."year" = ${year}`} ORDER BY p."paidOn" DESC, p."id" DESC`,
  );
  // SQLite answers a test with 0 or 1, PostgreSQL with a boolean.
  return rows.map((r) => ({ ...r, payer: r.payer as 'self' | 'proxy', reversed: Boolean(r.reversed) }));
}
