// Search on the portal: the articles shown on the sites of a subtree (each site's own articles in its visible
// columns and those placed there), live at `now`, whose text matches every part of the query (the full-text index,
// article-search.sql.ts), newest first. An article shown on several of those sites is found once, on its own site
// when that is one of them, else on the placement's site with the smallest unit id.
//
// The matches are read newest first from the index itself (its search key: when the article shows on its site, to
// the second, then its id; searchWalk), each kept when it is live and shown in the subtree, and the reading stops at
// the page's end. Of each match the statement asks where it stands (its own column's site, then its placements'),
// and reads the matches in one of two ways (shapeOf):
// - `wide`: every match, for a subtree that holds most units, where nearly every match is kept and the page ends
//   after a few dozen;
// - `units`: only the matches the index holds under one of the subtree's sites (the units an article shows on are
//   indexed with it), for a township's or a branch's site, where most of the network's matches lie elsewhere.
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

export type SearchShape = 'wide' | 'units';

/** Column c is a visible column of unit u's site, and u is in the subtree. */
const visibleSite = (sitePath: string) =>
  reviewedSql`c."hidden" = FALSE AND u."id" = c."unitId" AND (${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AND u."siteCode" IS NOT NULL AND u."archivedAt" IS NULL`;

/** The site in the subtree article `a` is shown on: its own when it is there, else the placement's with the smallest unit id. */
const siteOf = (onSite: Prisma.Sql) =>
  reviewedSql`coalesce((SELECT u."id" FROM "Column" c CROSS JOIN "Unit" u WHERE c."id" = a."columnId" AND ${onSite}), (SELECT min(u."id") FROM "ArticlePlacement" p CROSS JOIN "Column" c CROSS JOIN "Unit" u WHERE p."articleId" = a."id" AND p."state" = 'accepted' AND c."id" = p."columnId" AND ${onSite}))`;

/**
 * `limit` rows from `offset` of the subtree's matches, newest first; with `units` (the subtree's sites), only those
 * the index holds under one of them. The index is the outer loop (CROSS JOIN keeps it there) and the ORDER BY is on
 * its key, so the reading stops at the page's end.
 */
function searchStatement(
  db: Db,
  sitePath: string,
  parts: readonly QueryPart[],
  now: Date,
  limit: Prisma.Sql,
  offset: number,
  units?: readonly number[],
): Prisma.Sql {
  const onSite = visibleSite(sitePath);
  const walk = articleWalk(db, parts, units);
  return reviewedSql`WITH pg AS MATERIALIZED (SELECT a."id" AS "id", ${walk.key} AS "k" FROM ${walk.from} CROSS JOIN "Article" a WHERE ${walk.match} AND a."id" = ${walk.id} AND ${live(now)} AND ${siteOf(onSite)} IS NOT NULL ORDER BY ${walk.key} DESC LIMIT ${limit} OFFSET ${offset}) SELECT a."id" AS "id", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."siteAt" AS "siteAt", u."siteCode" AS "siteCode", u."name" AS "siteName" FROM pg CROSS JOIN "Article" a CROSS JOIN "Unit" u WHERE a."id" = pg."id" AND u."id" = ${siteOf(onSite)} ORDER BY pg."k" DESC`;
}

/** How many units there are, and the sites in the subtree (kept while the data stays the same). */
const subtreeSites = (db: Db, sitePath: string) =>
  whileUnchanged(
    db,
    `portal.search.units ${sitePath}`,
    async () => {
      const inSubtree = inSubtrees(reviewedSql`u."path"`, [sitePath]);
      const [counts] = await queryReviewed<{ inSubtree: number; all: number }>(
        db,
        reviewedSql`SELECT (SELECT count(*) FROM "Unit" u WHERE ${inSubtree}) AS "inSubtree", (SELECT count(*) FROM "Unit") AS "all"`,
      );
      const sites = await queryReviewed<{ id: number }>(
        db,
        reviewedSql`SELECT u."id" AS "id" FROM "Unit" u WHERE ${inSubtree} AND u."siteCode" IS NOT NULL AND u."archivedAt" IS NULL`,
      );
      return {
        inSubtree: Number(counts?.inSubtree ?? 0),
        all: Number(counts?.all ?? 0),
        sites: sites.map((s) => s.id),
      };
    },
    { reads: ['Unit'] },
  );

/**
 * The shape that reads least: `wide` when the subtree holds most units (a page ends after about
 * 11 x all / inSubtree matches when they are spread like the units), else `units`.
 */
const shapeOf = ({ inSubtree, all }: { inSubtree: number; all: number }): SearchShape =>
  walksInOrder(inSubtree, all) ? 'wide' : 'units';

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
  const subtree = await subtreeSites(db, sitePath);
  const units = (shape ?? shapeOf(subtree)) === 'units' ? subtree.sites : undefined;
  return queryReviewed<FoundArticle>(
    db,
    searchStatement(db, sitePath, parts, now, integerLiteral(size + 1), offset, units),
  );
}
