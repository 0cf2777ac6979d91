// The transfer letters the bell tells of, read from either side as the transfers' sharing rule reads them
// (transfer-page.sql.ts): a letter is the caller's news when its receiver (`d`) or its sender (`f`) lies in the
// caller's subtrees for members.transfer (`roots`, from ctx.scope.roots), the side depending on the kind. Only
// letters still awaiting receipt count: issued and, by the transfers' own rule (stateAsOf), not past their last valid
// day, the page's "issued" view. Of the member, only the name.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';
import type { LetterRow } from '../transfers/transfer-page.sql';

/** The kinds, most urgent first: a letter about to lapse before one merely waiting. */
export const transferNoticeKinds = ['transferExpiring', 'transferIncoming'] as const;
export type TransferNoticeKind = (typeof transferNoticeKinds)[number];

/**
 * A letter as a notice shows it: the transfers list's row, less what a notice leaves out, with both units' paths to
 * tell on which side the page lists it.
 */
export type NoticeLetterRow = Pick<
  LetterRow,
  | 'id'
  | 'memberName'
  | 'fromUnitId'
  | 'fromUnitName'
  | 'fromPath'
  | 'toUnitId'
  | 'toUnitName'
  | 'toPath'
  | 'issuedOn'
  | 'expiresOn'
>;

const letters = reviewedSql`"Transfer" t JOIN "Unit" f ON f."id" = t."unitId" LEFT JOIN "Unit" d ON d."id" = t."toUnitId" JOIN "Member" m ON m."id" = t."memberId"`;
const columns = reviewedSql`t."id" AS "id", m."name" AS "memberName", t."unitId" AS "fromUnitId", f."name" AS "fromUnitName", f."path" AS "fromPath", t."toUnitId" AS "toUnitId", d."name" AS "toUnitName", d."path" AS "toPath", t."issuedOn" AS "issuedOn", t."expiresOn" AS "expiresOn"`;

/** What a notice's letters are asked: the subtrees, today, and the last day a letter about to lapse may end on. */
export type NoticeQuery = { roots: string[]; today: string; horizon: string };

/**
 * The letters of `kind`: addressed to a unit in `roots` and awaiting receipt there (incoming), or sent from one and
 * ending by `horizon` (expiring). Both are still valid on `today`: past it, a letter can no longer be received.
 */
function conditions(kind: TransferNoticeKind, { roots, today, horizon }: NoticeQuery): Prisma.Sql {
  const awaiting = reviewedSql`t."state" = 'issued' AND t."expiresOn" >= ${today}`;
  return kind === 'transferIncoming'
    ? reviewedSql`${awaiting} AND d."path" IS NOT NULL AND (${inSubtrees(reviewedSql`d."path"`, roots)})`
    : reviewedSql`${awaiting} AND t."expiresOn" <= ${horizon} AND (${inSubtrees(reviewedSql`f."path"`, roots)})`;
}

/**
 * The first `take` letters of `kind` by their last valid day (the most urgent first, the id breaking ties), and how
 * many there are, counted no further than `countBound` (the bell shows 99+ beyond): two statements whatever the scope's size, each served by the letters'
 * (unitId | toUnitId, state, ...) indexes below the units of the subtrees.
 */
export async function noticeLetters(
  db: Db,
  kind: TransferNoticeKind,
  query: NoticeQuery,
  { take, countBound }: { take: number; countBound: number },
) {
  const where = conditions(kind, query);
  const [rows, [counted]] = await Promise.all([
    queryReviewed<NoticeLetterRow>(
      db,
      reviewedSql`SELECT ${columns} FROM ${letters} WHERE ${where} ORDER BY t."expiresOn" ASC, t."id" ASC LIMIT ${integerLiteral(take)}`,
    ),
    queryReviewed<{ n: unknown }>(
      db,
      reviewedSql`SELECT count(*) AS "n" FROM (SELECT 1 AS "one" FROM ${letters} WHERE ${where} LIMIT ${integerLiteral(countBound)}) x`,
    ),
  ]);
  return {
    rows: rows.map((row) => ({
      ...row,
      id: Number(row.id),
      fromUnitId: Number(row.fromUnitId),
      toUnitId: row.toUnitId === null ? null : Number(row.toUnitId),
    })),
    total: Number(counted?.n ?? 0),
  };
}
