// The caller's own articles in progress (the overview's drafts card), in one statement. Each status's are sought on
// the author's own (authorId, status, deletedAt, unitId) index, each row's unit (by its primary key) checked against
// the subtrees: the statement reads the author's live drafts and articles in review there, at most the lists' bound
// and one more of each (listCountBound, as countByStatus counts), whatever the scope holds of other authors'. Where the
// author has more than the bound in the subtrees, the count is the bound, flagged a floor. Only ids read inside the
// scope reach the names' joins.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import { listCountBound } from '@strata/contract';
import type { Db, Prisma } from '@strata/db';

const bound = integerLiteral(listCountBound + 1);

/**
 * The author's live articles in one status in the units in scope, as many as the bound and one more: a seek of the
 * author's index (SQLite keeps a CROSS JOIN's order; PostgreSQL starts there by itself, the author being the
 * statement's one narrow condition), then each row's unit by its id.
 */
const ownInStatus = (inScope: Prisma.Sql, authorId: number, status: 'draft' | 'review', columns: Prisma.Sql) =>
  reviewedSql`SELECT ${columns} FROM "Article" r CROSS JOIN "Unit" u WHERE r."authorId" = ${authorId} AND r."status" = ${status} AND r."deletedAt" IS NULL AND u."id" = r."unitId" AND (${inScope}) LIMIT ${bound}`;

/** The latest review decision's column of the article `articleId` (the (articleId, id) index: one seek). */
const lastReview = {
  decision: (articleId: Prisma.Sql) =>
    reviewedSql`(SELECT v."decision" FROM "ArticleReview" v WHERE v."articleId" = ${articleId} ORDER BY v."id" DESC LIMIT 1)`,
  comment: (articleId: Prisma.Sql) =>
    reviewedSql`(SELECT v."comment" FROM "ArticleReview" v WHERE v."articleId" = ${articleId} ORDER BY v."id" DESC LIMIT 1)`,
};

/**
 * Every row carries the counts, each of the author's articles read (up to the bound and one more); each row names one
 * of the (at most five) drafts, or none (the item's columns null).
 */
export type MineRead = {
  drafts: unknown;
  returned: unknown;
  review: unknown;
  id: number | null;
  title: string | null;
  unitName: string | null;
  columnName: string | null;
  updatedAt: string | null;
  isReturned: unknown;
  comment: string | null;
};

/**
 * The author's drafts and articles in review in the subtrees `roots` (never empty): m, their drafts read (up to the
 * bound) with whether a reviewer returned each (its latest decision), and w, their articles in review; the counts;
 * and the five drafts to open first, returned ones first, then the most recently changed.
 */
function mineStatement(roots: string[], authorId: number) {
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  const drafts = ownInStatus(inScope, authorId, 'draft', reviewedSql`r."id" AS "id", r."updatedAt" AS "updatedAt"`);
  const review = ownInStatus(inScope, authorId, 'review', reviewedSql`r."id" AS "id"`);
  return reviewedSql`WITH d AS MATERIALIZED (${drafts}), w AS MATERIALIZED (${review}), m AS MATERIALIZED (SELECT d."id" AS "id", d."updatedAt" AS "updatedAt", CASE WHEN ${lastReview.decision(reviewedSql`d."id"`)} = 'returned' THEN 1 ELSE 0 END AS "isReturned" FROM d), k AS MATERIALIZED (SELECT (SELECT count(*) FROM m) AS "drafts", (SELECT count(*) FROM m WHERE m."isReturned" = 1) AS "returned", (SELECT count(*) FROM w) AS "review"), i AS MATERIALIZED (SELECT m."id" AS "id", m."updatedAt" AS "updatedAt", m."isReturned" AS "isReturned" FROM m ORDER BY m."isReturned" DESC, m."updatedAt" DESC, m."id" DESC LIMIT 5) SELECT k."drafts" AS "drafts", k."returned" AS "returned", k."review" AS "review", i."id" AS "id", r."title" AS "title", n."name" AS "unitName", c."name" AS "columnName", r."updatedAt" AS "updatedAt", i."isReturned" AS "isReturned", CASE WHEN i."isReturned" = 1 THEN ${lastReview.comment(reviewedSql`i."id"`)} END AS "comment" FROM k LEFT JOIN i ON 1 = 1 LEFT JOIN "Article" r ON r."id" = i."id" LEFT JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "Column" c ON c."id" = r."columnId" ORDER BY i."isReturned" DESC, i."updatedAt" DESC, i."id" DESC`;
}

/** The statement's rows (instants as ISO text). */
export const readMine = (db: Db, roots: string[], authorId: number) =>
  queryReviewed<MineRead>(db, mineStatement(roots, authorId), { instants: 'text' });
