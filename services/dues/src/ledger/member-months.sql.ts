// Members' months as the books say them (MonthTotals in member-months.ts), one reviewed read: read under the held
// books when a write depends on it (a payment's allocation), and for a member's statement.
import { type CheckedUnit, queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { MonthTotals } from './member-months';

type Row = {
  memberId: number;
  month: string;
  assessedFen: number | bigint;
  reducedFen: number | bigint;
  paidFen: number | bigint;
  extraFen: number | bigint;
};

/**
 * Per member (then month, YYYY-MM), the members' lines in the unit's books: one reviewed read, summed by kind in the
 * statement from the members' index (memberId, month, kind, amountFen, unitId), which holds every column it reads.
 * Prisma's groupBy took about 1.5 ms of CPU for one member's statement at xl, most of a statement's cost. The unit was
 * looked up through the caller's scope first (or is held for writing).
 */
export async function memberMonths(
  tx: Db | Tx,
  unit: CheckedUnit,
  memberIds: readonly number[],
): Promise<Map<number, Map<string, MonthTotals>>> {
  const byMember = new Map<number, Map<string, MonthTotals>>();
  if (!memberIds.length) return byMember;
  const rows = await queryReviewed<Row>(
    tx,
    reviewedSql`SELECT e."memberId" AS "memberId", e."month" AS "month", SUM(CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END) AS "assessedFen", SUM(CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END) AS "reducedFen", SUM(CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END) AS "paidFen", SUM(CASE WHEN e."kind" = 'extra' THEN e."amountFen" ELSE 0 END) AS "extraFen" FROM "DuesEntry" e WHERE e."memberId" IN (${valueList(memberIds)}) AND e."unitId" = ${unit.id} AND e."kind" IN ('assessment', 'reduction', 'payment', 'extra') GROUP BY e."memberId", e."month"`,
  );
  // Sums come back as numbers (a bigint or numeric text on PostgreSQL): whole fen either way.
  for (const r of rows) {
    let months = byMember.get(r.memberId);
    if (!months) {
      months = new Map<string, MonthTotals>();
      byMember.set(r.memberId, months);
    }
    months.set(r.month, {
      assessedFen: Number(r.assessedFen),
      reducedFen: Number(r.reducedFen),
      paidFen: Number(r.paidFen),
      extraFen: Number(r.extraFen),
    });
  }
  return byMember;
}
