// The collection list's standing of each listed member, one reviewed read: their books in the unit's subtree summed
// per dues month of the window (assessments, reductions and payments, corrections included, as they carry the
// opposite amount), then per member: the current month's three sums, and the months before it left unpaid and what
// is left of them, as arrearsIn reckons them (owed, assessed less reduced, more than paid). One row per member: the
// months' rows (about 20 a member, 412 for a branch's page at xl) made most of the list's garbage when read into the
// server. The unit was looked up through the caller's scope first; the members are the page that scope listed. The
// unit's test is written `+e."unitId"` so that no index serves it as a condition: the members' (memberId, month, kind,
// amountFen, unitId) index is the one to read, and holds every column summed. For the whole tree the test is left out:
// PostgreSQL's plan for the prepared statement took every unit for each entry (77 ms a page, against 4). Served by (unitId, month, kind) instead, SQLite read every entry of the subtree's window for each chunk (1.7 s
// a chunk at the municipality at xl, against 0.2 s). And the page's bases, read the same way (Prisma's findMany cost
// the page about 0.3 ms more for the same rows).
import { type CheckedUnit, holdEveryUnit, inSubtrees, queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db } from '@strata/db';
import { paymentWindow } from '../rules/member-month';

type Row = {
  memberId: number;
  assessedFen: number | bigint;
  reducedFen: number | bigint;
  paidFen: number | bigint;
  arrearsFen: number | bigint;
  arrearsMonths: number | bigint;
};

/** A member's standing: the current month's sums, and the months before it in the window left unpaid. */
export type MemberStanding = {
  /** The current month's assessments, reductions and payments. */
  now: { assessedFen: number; reducedFen: number; paidFen: number };
  /** What is left of the months before the current one that are not paid in full, and how many they are. */
  arrearsFen: number;
  arrearsMonths: number;
  /** Six or more such months (paymentWindow.back), as arrearsIn flags them. */
  flagged: boolean;
};

/** Per member, their standing in `until` from what the subtree's books say of the months `since` to `until`. */
export async function memberStandingsIn(
  db: Db,
  unit: CheckedUnit,
  memberIds: readonly number[],
  since: string,
  until: string,
): Promise<Map<number, MemberStanding>> {
  const byMember = new Map<number, MemberStanding>();
  if (!memberIds.length) return byMember;
  const behind = reviewedSql`s."month" < ${until} AND s."assessed" - s."reduced" > s."paid"`;
  // The whole tree's books need no test of their unit (see holdEveryUnit).
  const inUnit = (await holdEveryUnit(db, [unit.path]))
    ? reviewedSql``
    : reviewedSql` AND +e."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])})`;
  const rows = await queryReviewed<Row>(
    db,
    reviewedSql`SELECT s."memberId" AS "memberId", SUM(CASE WHEN s."month" = ${until} THEN s."assessed" ELSE 0 END) AS "assessedFen", SUM(CASE WHEN s."month" = ${until} THEN s."reduced" ELSE 0 END) AS "reducedFen", SUM(CASE WHEN s."month" = ${until} THEN s."paid" ELSE 0 END) AS "paidFen", SUM(CASE WHEN ${behind} THEN s."assessed" - s."reduced" - s."paid" ELSE 0 END) AS "arrearsFen", SUM(CASE WHEN ${behind} THEN 1 ELSE 0 END) AS "arrearsMonths" FROM (SELECT e."memberId" AS "memberId", e."month" AS "month", SUM(CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END) AS "assessed", SUM(CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END) AS "reduced", SUM(CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END) AS "paid" FROM "DuesEntry" e WHERE e."memberId" IN (${valueList(memberIds)}) AND e."month" >= ${since} AND e."month" <= ${until} AND e."kind" IN ('assessment', 'reduction', 'payment')${inUnit} GROUP BY e."memberId", e."month") s GROUP BY s."memberId"`,
  );
  // Sums come back as numbers (a bigint on PostgreSQL): whole fen either way.
  for (const r of rows) {
    const arrearsMonths = Number(r.arrearsMonths);
    byMember.set(r.memberId, {
      now: { assessedFen: Number(r.assessedFen), reducedFen: Number(r.reducedFen), paidFen: Number(r.paidFen) },
      arrearsFen: Number(r.arrearsFen),
      arrearsMonths,
      flagged: arrearsMonths >= paymentWindow.back,
    });
  }
  return byMember;
}

/** A base as the collection list shows it: the member's declared category and amounts from a month on. */
export type ListedBase = {
  memberId: number;
  effectiveFrom: string;
  category: string;
  baseFen: number;
  setFen: number | null;
};

/** The listed members' bases that start in `month` or before (the one in force is the latest: inForce). */
export function basesBy(db: Db, memberIds: readonly number[], month: string): Promise<ListedBase[]> {
  if (!memberIds.length) return Promise.resolve([]);
  return queryReviewed<ListedBase>(
    db,
    reviewedSql`SELECT b."memberId" AS "memberId", b."effectiveFrom" AS "effectiveFrom", b."category" AS "category", b."baseFen" AS "baseFen", b."setFen" AS "setFen" FROM "DuesBase" b WHERE b."memberId" IN (${valueList(memberIds)}) AND b."effectiveFrom" <= ${month}`,
  );
}
