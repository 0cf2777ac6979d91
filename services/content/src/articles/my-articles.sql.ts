// The caller's own articles in progress (the overview's drafts card), in one statement. No index leads with the
// author, so each status's live articles of the subtrees are read unit by unit on (unitId, status, deletedAt), at
// most the lists' bound of each (listCountBound, what countByStatus reads for the same figure), and the caller's are
// kept from those: the statement costs the units in scope plus at most 2 x (bound + 1) articles, whatever the table
// holds. Where a subtree holds more drafts (or articles in review) than the bound, the caller's are counted among
// the bound read and the count is flagged a floor. Only ids read inside the scope reach the names' joins.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import { listCountBound } from '@strata/contract';
import { type Db, type Prisma, type Provider, providerOfClient } from '@strata/db';

const bound = integerLiteral(listCountBound + 1);

/**
 * The live articles in one status of the units in scope, as many as the bound and one more, unit by unit: SQLite
 * keeps a CROSS JOIN's order; PostgreSQL is told with a LATERAL (left to itself, it reads the status's articles of
 * every unit and drops the others').
 */
function inStatus(provider: Provider, inScope: Prisma.Sql, status: 'draft' | 'review') {
  if (provider === 'postgresql')
    return reviewedSql`SELECT x."id" AS "id", x."authorId" AS "authorId", x."updatedAt" AS "updatedAt" FROM "Unit" u CROSS JOIN LATERAL (SELECT r."id" AS "id", r."authorId" AS "authorId", r."updatedAt" AS "updatedAt" FROM "Article" r WHERE r."unitId" = u."id" AND r."status" = ${status} AND r."deletedAt" IS NULL LIMIT ${bound}) x WHERE (${inScope}) LIMIT ${bound}`;
  return reviewedSql`SELECT r."id" AS "id", r."authorId" AS "authorId", r."updatedAt" AS "updatedAt" FROM "Unit" u CROSS JOIN "Article" r WHERE r."unitId" = u."id" AND (${inScope}) AND r."status" = ${status} AND r."deletedAt" IS NULL LIMIT ${bound}`;
}

/** The latest review decision's column of the article `articleId` (the (articleId, id) index: one seek). */
const lastReview = {
  decision: (articleId: Prisma.Sql) =>
    reviewedSql`(SELECT v."decision" FROM "ArticleReview" v WHERE v."articleId" = ${articleId} ORDER BY v."id" DESC LIMIT 1)`,
  comment: (articleId: Prisma.Sql) =>
    reviewedSql`(SELECT v."comment" FROM "ArticleReview" v WHERE v."articleId" = ${articleId} ORDER BY v."id" DESC LIMIT 1)`,
};

/** Every row carries the counts; each names one of the (at most five) drafts, or none (the item's columns null). */
export type MineRead = {
  draftsRead: unknown;
  drafts: unknown;
  returned: unknown;
  reviewRead: unknown;
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
 * The author's drafts and articles in review in the subtrees `roots` (never empty): d and w, each status's articles
 * read (up to the bound); m, the author's drafts with whether a reviewer returned each (its latest decision); the
 * counts; and the five drafts to open first, returned ones first, then the most recently changed.
 */
function mineStatement(provider: Provider, roots: string[], authorId: number) {
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  return reviewedSql`WITH d AS MATERIALIZED (${inStatus(provider, inScope, 'draft')}), w AS MATERIALIZED (${inStatus(provider, inScope, 'review')}), m AS MATERIALIZED (SELECT d."id" AS "id", d."updatedAt" AS "updatedAt", CASE WHEN ${lastReview.decision(reviewedSql`d."id"`)} = 'returned' THEN 1 ELSE 0 END AS "isReturned" FROM d WHERE d."authorId" = ${authorId}), k AS MATERIALIZED (SELECT (SELECT count(*) FROM d) AS "draftsRead", (SELECT count(*) FROM m) AS "drafts", (SELECT count(*) FROM m WHERE m."isReturned" = 1) AS "returned", (SELECT count(*) FROM w) AS "reviewRead", (SELECT count(*) FROM w WHERE w."authorId" = ${authorId}) AS "review"), i AS MATERIALIZED (SELECT m."id" AS "id", m."updatedAt" AS "updatedAt", m."isReturned" AS "isReturned" FROM m ORDER BY m."isReturned" DESC, m."updatedAt" DESC, m."id" DESC LIMIT 5) SELECT k."draftsRead" AS "draftsRead", k."drafts" AS "drafts", k."returned" AS "returned", k."reviewRead" AS "reviewRead", k."review" AS "review", i."id" AS "id", r."title" AS "title", n."name" AS "unitName", c."name" AS "columnName", r."updatedAt" AS "updatedAt", i."isReturned" AS "isReturned", CASE WHEN i."isReturned" = 1 THEN ${lastReview.comment(reviewedSql`i."id"`)} END AS "comment" FROM k LEFT JOIN i ON 1 = 1 LEFT JOIN "Article" r ON r."id" = i."id" LEFT JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "Column" c ON c."id" = r."columnId" ORDER BY i."isReturned" DESC, i."updatedAt" DESC, i."id" DESC`;
}

/** The statement's rows (instants as ISO text). */
export const readMine = (db: Db, roots: string[], authorId: number) =>
  queryReviewed<MineRead>(db, mineStatement(providerOfClient(db), roots, authorId), { instants: 'text' });
