// Search on the portal: the articles shown on the sites of a subtree (each site's own articles in its visible
// columns and those placed there), live at `now`, whose text matches every part of the query (the full-text index,
// article-search.sql.ts), newest first. An article shown on several of those sites is found once, on its own site
// when that is one of them, else on the placement's site with the smallest unit id.
//
// The matches are read newest first from the index itself (its search key: when the article shows on its site, to
// the second, then its id; searchWalk), each kept when it is live and shown in the subtree, and the reading stops at
// the page's end. Whether a match is shown in the subtree is asked in one of three ways (searchShape):
// - `wide`: of each match, where it stands (its own column's site, then its placements): for a subtree that holds
//   most units, where nearly every match is kept and the page ends after a few dozen;
// - `middle`: of each match, whether its column or a placement's is among the subtree's visible columns, gathered
//   first: for a township's site, where the page ends after a few hundred matches;
// - `narrow`: against the subtree's shown articles gathered first (its visible columns' published articles and
//   accepted placements), by the match's id alone: for a branch's site, where nearly every match is passed over.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql, walksInOrder } from '@strata/api';
import { type Db, type Prisma, whileUnchanged } from '@strata/db';
import type { QueryPart } from '@strata/text';
import { articleWalk } from '../articles/article-search.sql';
import { live } from './shown-articles.sql';

export type FoundArticle = {
  id: number;
  title: string;
  summary: string;
  body: string;
  siteAt: Date;
  siteCode: string;
  siteName: string;
};

export type SearchShape = 'wide' | 'middle' | 'narrow';

/** Column c is a visible column of unit u's site, and u is in the subtree. */
const visibleSite = (sitePath: string) =>
  reviewedSql`c."hidden" = FALSE AND u."id" = c."unitId" AND (${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AND u."siteCode" IS NOT NULL AND u."archivedAt" IS NULL`;

/** The site in the subtree article `a` is shown on: its own when it is there, else the placement's with the smallest unit id. */
const siteOf = (onSite: Prisma.Sql) =>
  reviewedSql`coalesce((SELECT u."id" FROM "Column" c CROSS JOIN "Unit" u WHERE c."id" = a."columnId" AND ${onSite}), (SELECT min(u."id") FROM "ArticlePlacement" p CROSS JOIN "Column" c CROSS JOIN "Unit" u WHERE p."articleId" = a."id" AND p."state" = 'accepted' AND c."id" = p."columnId" AND ${onSite}))`;

/** The subtree's visible columns on its sites, gathered first (a few hundred at most for a township). */
const subtreeColumns = (onSite: Prisma.Sql) =>
  reviewedSql`cols AS MATERIALIZED (SELECT c."id" AS "id" FROM "Unit" u CROSS JOIN "Column" c WHERE ${onSite})`;

/** Of each match, whether its column or one of its placements' is among the subtree's. */
const shownMiddle = reviewedSql`(a."columnId" IN (SELECT cols."id" FROM cols) OR EXISTS (SELECT 1 FROM "ArticlePlacement" p WHERE p."articleId" = a."id" AND p."state" = 'accepted' AND +p."columnId" IN (SELECT cols."id" FROM cols)))`;

/** The subtree's shown articles, gathered first: its columns' published articles and accepted placements. */
const shownArticles = reviewedSql`shown AS MATERIALIZED (SELECT a."id" AS "id" FROM cols CROSS JOIN "Article" a WHERE a."columnId" = cols."id" AND a."status" = 'published' AND a."deletedAt" IS NULL UNION ALL SELECT p."articleId" AS "id" FROM cols CROSS JOIN "ArticlePlacement" p WHERE p."columnId" = cols."id" AND p."state" = 'accepted')`;

/**
 * A shape's statement: `limit` rows from `offset` of the subtree's matches, newest first. The index is the outer
 * loop (CROSS JOIN keeps it there) and the ORDER BY is on its key, so the reading stops at the page's end.
 */
export function searchStatement(
  shape: SearchShape,
  db: Db,
  sitePath: string,
  parts: readonly QueryPart[],
  now: Date,
  limit: Prisma.Sql,
  offset: number,
): Prisma.Sql {
  const onSite = visibleSite(sitePath);
  const walk = articleWalk(db, parts);
  const gathered = {
    wide: reviewedSql``,
    middle: reviewedSql`${subtreeColumns(onSite)}, `,
    narrow: reviewedSql`${subtreeColumns(onSite)}, ${shownArticles}, `,
  }[shape];
  const shown = {
    // Of each match, where it stands: its own column's site in the subtree, or a placement on one.
    wide: reviewedSql`${siteOf(onSite)} IS NOT NULL`,
    middle: shownMiddle,
    // Looked up by the index's own id, before the article's row is read: most matches are not in the set.
    narrow: reviewedSql`${walk.id} IN (SELECT shown."id" FROM shown)`,
  }[shape];
  return reviewedSql`WITH ${gathered}pg AS MATERIALIZED (SELECT a."id" AS "id", ${walk.key} AS "k" FROM ${walk.from} CROSS JOIN "Article" a WHERE ${walk.match} AND a."id" = ${walk.id} AND ${live(now)} AND ${shown} ORDER BY ${walk.key} DESC LIMIT ${limit} OFFSET ${offset}) SELECT a."id" AS "id", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."siteAt" AS "siteAt", u."siteCode" AS "siteCode", u."name" AS "siteName" FROM pg CROSS JOIN "Article" a CROSS JOIN "Unit" u WHERE a."id" = pg."id" AND u."id" = ${siteOf(onSite)} ORDER BY pg."k" DESC`;
}

/** How many units there are, and how many of them lie in the subtree (kept while the data stays the same). */
const unitCounts = (db: Db, sitePath: string) =>
  whileUnchanged(db, `portal.search.units ${sitePath}`, async () => {
    const [row] = await queryReviewed<{ inSubtree: number; all: number }>(
      db,
      reviewedSql`SELECT (SELECT count(*) FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AS "inSubtree", (SELECT count(*) FROM "Unit") AS "all"`,
    );
    return { inSubtree: Number(row?.inSubtree ?? 0), all: Number(row?.all ?? 0) };
  });

/**
 * The shape that reads least. A page ends after about 11 x all / inSubtree matches (when they are spread like the
 * units): `wide` when the subtree holds most units; `middle` while inSubtree² >= all units (a township: a few
 * hundred matches, each a lookup); else `narrow` (a branch: nearly every match read, each a lookup in a small set).
 */
export async function searchShape(db: Db, sitePath: string): Promise<SearchShape> {
  const { inSubtree, all } = await unitCounts(db, sitePath);
  if (walksInOrder(inSubtree, all)) return 'wide';
  return inSubtree * inSubtree >= all ? 'middle' : 'narrow';
}

/** `size` matches from `offset`, newest first, and one more when there is a next page; `shape` pins one (tests). */
export async function searchSites(
  db: Db,
  sitePath: string,
  parts: readonly QueryPart[],
  now: Date,
  size: number,
  offset: number,
  shape?: SearchShape,
) {
  const chosen = shape ?? (await searchShape(db, sitePath));
  return queryReviewed<FoundArticle>(
    db,
    searchStatement(chosen, db, sitePath, parts, now, integerLiteral(size + 1), offset),
  );
}
