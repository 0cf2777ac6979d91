// A page of a unit's books as the ledger page shows it, one reviewed read: each entry with its member's name, the
// name of the account that recorded it, the unit a remittance went to or came from, and the entry correcting it, if any. The member may since have moved to a
// unit outside the caller's scope and the recorder may be an account of a unit above: their names are the entry's
// own words, read by join. Which entries are read is the scope's decision: the unit was looked up through it.
import { type CheckedUnit, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export type EntryPageRow = {
  seq: number;
  kind: string;
  memberId: number | null;
  memberName: string | null;
  month: string;
  amountFen: number;
  on: string;
  reversesSeq: number | null;
  reversedBySeq: number | null;
  counterpartUnitId: number | null;
  counterpartName: string | null;
  receiptNo: string | null;
  actorName: string | null;
  note: string;
  at: string;
  hash: string;
};

export type EntryPageFilter = { month?: string | undefined; kind?: string | undefined; memberId?: number | undefined };

const none = reviewedSql``;

export function entryConditions(filter: EntryPageFilter) {
  return [
    filter.month ? reviewedSql` AND e."month" = ${filter.month}` : none,
    filter.kind ? reviewedSql` AND e."kind" = ${filter.kind}` : none,
    filter.memberId ? reviewedSql` AND e."memberId" = ${filter.memberId}` : none,
  ] as const;
}

export function entryPage(
  db: Db,
  unit: CheckedUnit,
  filter: EntryPageFilter,
  page: { offset: number; limit: number; ascending: boolean },
) {
  const [month, kind, member] = entryConditions(filter);
  const order = page.ascending ? reviewedSql`ASC` : reviewedSql`DESC`;
  return queryReviewed<EntryPageRow>(
    db,
    reviewedSql`SELECT e."seq" AS "seq", e."kind" AS "kind", e."memberId" AS "memberId", m."name" AS "memberName", e."month" AS "month", e."amountFen" AS "amountFen", e."on" AS "on", e."reversesSeq" AS "reversesSeq", c."seq" AS "reversedBySeq", e."counterpartUnitId" AS "counterpartUnitId", k."name" AS "counterpartName", e."receiptNo" AS "receiptNo", a."displayName" AS "actorName", e."note" AS "note", e."at" AS "at", e."hash" AS "hash" FROM "DuesEntry" e LEFT JOIN "Member" m ON m."id" = e."memberId" LEFT JOIN "User" a ON a."id" = e."actorId" LEFT JOIN "Unit" k ON k."id" = e."counterpartUnitId" LEFT JOIN "DuesEntry" c ON c."unitId" = e."unitId" AND c."reversesSeq" = e."seq" WHERE e."unitId" = ${unit.id}${month}${kind}${member} ORDER BY e."seq" ${order} LIMIT ${integerLiteral(page.limit)} OFFSET ${integerLiteral(page.offset)}`,
  );
}

/** How many of the unit's entries the filter names (the page's total), in one reviewed count. */
export async function entryCount(db: Db, unit: CheckedUnit, filter: EntryPageFilter) {
  const [month, kind, member] = entryConditions(filter);
  const [row] = await queryReviewed<{ n: unknown }>(
    db,
    reviewedSql`SELECT count(*) AS "n" FROM "DuesEntry" e WHERE e."unitId" = ${unit.id}${month}${kind}${member}`,
  );
  return Number(row?.n ?? 0);
}
