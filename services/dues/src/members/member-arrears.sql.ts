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
// took every unit for each entry (77 ms a page, against 4).
import {
  type CheckedUnit,
  holdEveryUnit,
  inSubtrees,
  integerLiteral,
  queryReviewed,
  reviewedSql,
  valueList,
} from '@strata/api';
import { type Db, literalContains, whileUnchanged } from '@strata/db';
import { paymentWindow } from '../rules/member-month';
import { payingStages, payingStatuses } from './dues-member';
import type { PayingMember } from './paying-page.sql';

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

type Fragment = ReturnType<typeof reviewedSql>;

/**
 * The test that a row's unit lies in the subtree of `unit`, written on `column` (` AND column IN (…)`), or nothing for
 * the whole tree's books (see holdEveryUnit).
 */
async function inSubtreeOf(db: Db, unit: CheckedUnit): Promise<(column: Fragment) => Fragment> {
  const whole = await holdEveryUnit(db, [unit.path]);
  return (column) =>
    whole
      ? reviewedSql``
      : reviewedSql` AND ${column} IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])})`;
}

/**
 * The months of the window [`since`, `until`) that members left unpaid in the subtree's books, one row per member and
 * month (`memberId`, `month`, `left`): their unsettled months summed over the subtree's units (a member moved within
 * it has a row in each), kept where something is left. `unitTest` is the subtree's test on the month's unit, `members`
 * a test narrowing the members (written ` AND …`).
 */
function monthsLeftUnpaid(window: { since: string; until: string }, unitTest: Fragment, members: Fragment): Fragment {
  return reviewedSql`SELECT o."memberId" AS "memberId", o."month" AS "month", SUM(o."leftFen") AS "left" FROM "DuesUnsettledMonth" o WHERE o."month" >= ${window.since} AND o."month" < ${window.until}${members}${unitTest} GROUP BY o."memberId", o."month" HAVING SUM(o."leftFen") > 0`;
}

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
  const inUnit = await inSubtreeOf(db, unit);
  const members = valueList(memberIds);
  const behind = monthsLeftUnpaid(
    { since, until },
    inUnit(reviewedSql`+o."unitId"`),
    reviewedSql` AND o."memberId" IN (${members})`,
  );
  const rows = await queryReviewed<Row>(
    db,
    reviewedSql`SELECT t."memberId" AS "memberId", SUM(t."assessed") AS "assessedFen", SUM(t."reduced") AS "reducedFen", SUM(t."paid") AS "paidFen", SUM(t."left") AS "arrearsFen", SUM(t."behind") AS "arrearsMonths" FROM (SELECT e."memberId" AS "memberId", CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END AS "assessed", CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END AS "reduced", CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END AS "paid", 0 AS "left", 0 AS "behind" FROM "DuesEntry" e WHERE e."memberId" IN (${members}) AND e."month" = ${until} AND e."kind" IN ('assessment', 'reduction', 'payment')${inUnit(reviewedSql`+e."unitId"`)} UNION ALL SELECT m."memberId", 0, 0, 0, m."left", 1 FROM (${behind}) m) t GROUP BY t."memberId"`,
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

/** Which page of the members ordered by what they are behind, and of whom. */
export type ArrearsPageRequest = {
  since: string;
  until: string;
  q?: string | undefined;
  /** Only those six or more months behind (paymentWindow.back), as the standings flag them. */
  flagged: boolean;
  /** By arrears (ties by name), or by name (the flagged only). */
  sort: 'arrears' | 'name';
  order: 'ascend' | 'descend';
  skip: number;
  take: number;
};

/**
 * A page of the subtree's paying members (found by name if asked) ordered by what they are behind in `until`, or the
 * flagged only, and how many there are in all: reviewed reads. What each is behind is summed from the unsettled
 * months of the subtree's books in the window, as `memberStandingsIn` sums it; a member with none is behind by
 * nothing. The order cannot come from an index. Unfiltered (no name, not only the flagged), the members behind are
 * kept in that order with the count while the books, the members and the units are unchanged, and a
 * page is cut from them and from the members behind by nothing (by name, through an index): the sort of the whole
 * organisation's 11,000 members behind took about 150-250 ms of PostgreSQL's time at xl for every page (1.3 s p95 at
 * concurrency 8), and is paid once after a write to them now. Found by name or flagged, the statement sorts the
 * members it finds: about 9 ms of CPU a call for a township at xl on SQLite.
 */
export async function arrearsPage(
  db: Db,
  unit: CheckedUnit,
  request: ArrearsPageRequest,
): Promise<{ items: PayingMember[]; total: number }> {
  const inUnit = await inSubtreeOf(db, unit);
  const named = request.q ? reviewedSql` AND r."name" LIKE ${`%${literalContains(request.q)}%`}` : reviewedSql``;
  const dir = request.order === 'descend' ? reviewedSql`DESC` : reviewedSql`ASC`;
  const order =
    request.sort === 'arrears'
      ? reviewedSql`COALESCE(a."arrears", 0) ${dir}, r."nameKey" ASC, r."id" ASC`
      : reviewedSql`r."nameKey" ${dir}, r."id" ${dir}`;
  // The window's unsettled months of the subtree's books, driven by their (unitId, leftFen) index for a subtree.
  const left = reviewedSql`SELECT m."memberId" AS "memberId", SUM(m."left") AS "arrears", COUNT(*) AS "months" FROM (${monthsLeftUnpaid(request, inUnit(reviewedSql`o."unitId"`), reviewedSql``)}) m GROUP BY m."memberId"`;
  const members = reviewedSql`FROM "Member" r JOIN "Unit" n ON n."id" = r."unitId"`;
  const paying = reviewedSql`r."status" IN (${valueList(payingStatuses)}) AND r."stage" IN (${valueList(payingStages)})${inUnit(reviewedSql`r."unitId"`)}${named}`;
  const columns = reviewedSql`r."id" AS "id", r."name" AS "name", r."unitId" AS "unitId", n."name" AS "unitName", r."stage" AS "stage"`;
  if (request.flagged) {
    // The flagged are few (about 2,500 of the whole organisation's 86,000 at xl): they are counted with the page.
    const page = (skip: number, take: number) =>
      queryReviewed<PayingMember & { total: number | bigint }>(
        db,
        reviewedSql`SELECT ${columns}, COUNT(*) OVER () AS "total" ${members} JOIN (${left} HAVING COUNT(*) >= ${integerLiteral(paymentWindow.back)}) a ON a."memberId" = r."id" WHERE ${paying} ORDER BY ${order} LIMIT ${integerLiteral(take)} OFFSET ${skip}`,
        { planEachRun: true },
      );
    const rows = await page(request.skip, request.take);
    // Past the last page no row says how many there are: the first row does.
    const total = Number((rows[0] ?? (request.skip > 0 ? (await page(0, 1))[0] : undefined))?.total ?? 0);
    return { items: rows.map(({ total: _total, ...member }) => member), total };
  }
  const count = async () =>
    Number(
      (
        await queryReviewed<{ total: number | bigint }>(
          db,
          reviewedSql`SELECT COUNT(*) AS "total" ${members} WHERE ${paying}`,
        )
      )[0]?.total ?? 0,
    );
  if (request.sort === 'arrears' && !request.q) {
    // The subtree's members behind, in the order asked, and how many paying members it has: kept while no unsettled
    // month, member or unit is written (the next call after a payment sorts again).
    const { behind, total } = await whileUnchanged(
      db,
      `dues.behind ${unit.id} ${request.since} ${request.until} ${request.order}`,
      async () => ({
        behind: (
          await queryReviewed<{ id: number }>(
            db,
            reviewedSql`SELECT r."id" AS "id" FROM "Member" r JOIN (${left}) a ON a."memberId" = r."id" WHERE ${paying} ORDER BY a."arrears" ${dir}, r."nameKey" ASC, r."id" ASC`,
            { planEachRun: true },
          )
        ).map((r) => r.id),
        total: await count(),
      }),
      { reads: ['DuesUnsettledMonth', 'Member', 'Unit'] },
    );
    // By arrears descending the members behind come first, then those behind by nothing by name; ascending, the other
    // way round. Each part's share of the page [skip, skip + take):
    const end = request.skip + request.take;
    const settledCount = total - behind.length;
    const [behindFrom, settledFrom] = request.order === 'descend' ? [0, behind.length] : [settledCount, 0];
    const cut = (from: number, length: number) => ({
      skip: Math.max(0, request.skip - from),
      take: Math.max(0, Math.min(end, from + length) - Math.max(request.skip, from)),
    });
    const ofBehind = cut(behindFrom, behind.length);
    const ofSettled = cut(settledFrom, settledCount);
    const ids = behind.slice(ofBehind.skip, ofBehind.skip + ofBehind.take);
    const [behindRows, settledRows] = await Promise.all([
      ids.length
        ? queryReviewed<PayingMember>(db, reviewedSql`SELECT ${columns} ${members} WHERE r."id" IN (${valueList(ids)})`)
        : [],
      ofSettled.take
        ? queryReviewed<PayingMember>(
            db,
            reviewedSql`SELECT ${columns} ${members} WHERE ${paying} AND NOT EXISTS (${monthsLeftUnpaid(request, inUnit(reviewedSql`+o."unitId"`), reviewedSql` AND o."memberId" = r."id"`)}) ORDER BY r."nameKey" ASC, r."id" ASC LIMIT ${integerLiteral(ofSettled.take)} OFFSET ${ofSettled.skip}`,
            { planEachRun: true },
          )
        : [],
    ]);
    const byId = new Map(behindRows.map((row) => [row.id, row]));
    const behindPart = ids.flatMap((id) => byId.get(id) ?? []);
    const items = request.order === 'descend' ? [...behindPart, ...settledRows] : [...settledRows, ...behindPart];
    return { items, total };
  }
  // Every paying member, those behind by nothing among them; counted apart (a count over the sorted rows cost the whole
  // organisation's page 80 ms more).
  const [rows, total] = await Promise.all([
    queryReviewed<PayingMember>(
      db,
      reviewedSql`SELECT ${columns} ${members} LEFT JOIN (${left}) a ON a."memberId" = r."id" WHERE ${paying} ORDER BY ${order} LIMIT ${integerLiteral(request.take)} OFFSET ${request.skip}`,
      // PostgreSQL's generic plan for a township took 70 ms against 13 planned for its values (it guesses ten units).
      { planEachRun: true },
    ),
    count(),
  ]);
  return { items: rows, total };
}
