// A subtree's running totals over months, summed per unit and kind, one reviewed read each view: by dues month (what
// was assessed, reduced, paid for, remitted and received for the months) and by month booked (what was collected).
// Read straight from the driver: at the municipality a year is some 6,000 sums over 120,000 total rows, and Prisma's
// groupBy took half again the statement's own time. The unit was looked up through the caller's scope first.
import { type CheckedUnit, inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export type UnitKindSum = { unitId: number; kind: string; fen: number };

export function totalsByMonth(db: Db, unit: CheckedUnit, from: string, to: string) {
  return queryReviewed<UnitKindSum>(
    db,
    reviewedSql`SELECT t."unitId" AS "unitId", t."kind" AS "kind", SUM(t."amountFen") AS "fen" FROM "DuesTotal" t WHERE t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])}) AND t."month" >= ${from} AND t."month" <= ${to} AND t."kind" IN ('assessment', 'reduction', 'payment', 'remittanceOut', 'remittanceIn') GROUP BY t."unitId", t."kind"`,
  );
}

/** By month booked, each month apart (the months' collections, the overview's trend). */
export function totalsByBooked(db: Db, unit: CheckedUnit, from: string, to: string) {
  return queryReviewed<UnitKindSum & { booked: string }>(
    db,
    reviewedSql`SELECT t."unitId" AS "unitId", t."kind" AS "kind", t."booked" AS "booked", SUM(t."amountFen") AS "fen" FROM "DuesTotal" t WHERE t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])}) AND t."booked" >= ${from} AND t."booked" <= ${to} AND t."kind" IN ('payment', 'extra') GROUP BY t."unitId", t."kind", t."booked"`,
  );
}
