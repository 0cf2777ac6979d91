// The collection list's standing of each listed member, one reviewed read of the unit's subtree's books: the current
// month's assessments, reductions and payments from its entries (corrections included, as they carry the opposite
// amount), and the months before it left unpaid and what is left of them, as arrearsIn reckons them (owed, assessed
// less reduced, more than paid), from the members' unsettled months (`DuesUnsettledMonth`, kept with every entry:
// a month settled exactly has no row and adds nothing left), summed per month over the subtree's units (a member moved
// within it has a row in each). One row per member. Where every month of the window was summed from the entries (about
// 830 index entries for a branch's page at xl, 0.4-0.9 ms of SQLite's time), the page now reads the current month's
// few entries and a dozen unsettled months. The unit was looked up through the caller's scope first; the members are
// the page that scope listed. The unit's tests are written `+e."unitId"` so that no index serves them as a condition:
// the members' indexes are the ones to read (on the entries, (memberId, month, kind, amountFen, unitId), which holds
// every column summed). For the whole tree the tests are left out: PostgreSQL's generic plan for the prepared statement
// took every unit for each entry (77 ms a page, against 4). And the page's bases, read the same way (Prisma's findMany
// cost the page about 0.3 ms more for the same rows).
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
  // The whole tree's books need no test of their unit (see holdEveryUnit).
  const whole = await holdEveryUnit(db, [unit.path]);
  const inUnit = (column: ReturnType<typeof reviewedSql>) =>
    whole
      ? reviewedSql``
      : reviewedSql` AND ${column} IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])})`;
  const members = valueList(memberIds);
  const rows = await queryReviewed<Row>(
    db,
    reviewedSql`SELECT t."memberId" AS "memberId", SUM(t."assessed") AS "assessedFen", SUM(t."reduced") AS "reducedFen", SUM(t."paid") AS "paidFen", SUM(t."left") AS "arrearsFen", SUM(t."behind") AS "arrearsMonths" FROM (SELECT e."memberId" AS "memberId", CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END AS "assessed", CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END AS "reduced", CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END AS "paid", 0 AS "left", 0 AS "behind" FROM "DuesEntry" e WHERE e."memberId" IN (${members}) AND e."month" = ${until} AND e."kind" IN ('assessment', 'reduction', 'payment')${inUnit(reviewedSql`+e."unitId"`)} UNION ALL SELECT m."memberId", 0, 0, 0, m."left", 1 FROM (SELECT o."memberId" AS "memberId", o."month" AS "month", SUM(o."leftFen") AS "left" FROM "DuesUnsettledMonth" o WHERE o."memberId" IN (${members}) AND o."month" >= ${since} AND o."month" < ${until}${inUnit(reviewedSql`+o."unitId"`)} GROUP BY o."memberId", o."month") m WHERE m."left" > 0) t GROUP BY t."memberId"`,
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
