// The collection list's member lines, one reviewed read: per listed member and dues month in the window, the sums of
// assessments, reductions and payments their books in the unit's subtree hold (corrections included, as they carry
// the opposite amount). One row per member-month with the three sums side by side: Prisma's groupBy gave a row per
// kind and took most of the list's time (2.6 ms of 6.7 for a branch's page at xl). The unit was looked up through the
// caller's scope first; the members are the page that scope listed. The unit's test is written `+e."unitId"` so that
// no index serves it: the members' (memberId, month) index is the one to read. Served by (unitId, month, kind)
// instead, SQLite read every entry of the subtree's window for each chunk (1.7 s a chunk at the municipality at xl,
// against 0.2 s).
import { type CheckedUnit, inSubtrees, queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db } from '@strata/db';
import type { MonthTotals } from '../ledger/member-months';

type Row = {
  memberId: number;
  month: string;
  assessedFen: number | bigint;
  reducedFen: number | bigint;
  paidFen: number | bigint;
};

/** Per member (then month, YYYY-MM, from `since` to `until`), what the subtree's books say of the month. */
export async function memberLinesIn(
  db: Db,
  unit: CheckedUnit,
  memberIds: readonly number[],
  since: string,
  until: string,
): Promise<Map<number, Map<string, MonthTotals>>> {
  const byMember = new Map<number, Map<string, MonthTotals>>();
  if (!memberIds.length) return byMember;
  const rows = await queryReviewed<Row>(
    db,
    reviewedSql`SELECT e."memberId" AS "memberId", e."month" AS "month", SUM(CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END) AS "assessedFen", SUM(CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END) AS "reducedFen", SUM(CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END) AS "paidFen" FROM "DuesEntry" e WHERE e."memberId" IN (${valueList(memberIds)}) AND e."month" >= ${since} AND e."month" <= ${until} AND e."kind" IN ('assessment', 'reduction', 'payment') AND +e."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])}) GROUP BY e."memberId", e."month"`,
  );
  for (const r of rows) {
    const months = byMember.get(r.memberId) ?? new Map<string, MonthTotals>();
    byMember.set(r.memberId, months);
    // Sums come back as numbers (a bigint on PostgreSQL): whole fen either way.
    months.set(r.month, {
      assessedFen: Number(r.assessedFen),
      reducedFen: Number(r.reducedFen),
      paidFen: Number(r.paidFen),
      extraFen: 0,
    });
  }
  return byMember;
}
