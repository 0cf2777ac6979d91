// Search on the portal: the articles shown on the sites of a subtree (each site's own articles in its visible
// columns and those placed there), live at `now`, whose text matches every part of the query (the full-text index,
// article-search.sql.ts), newest first. An article shown on several of those sites is found once, on its own site
// when that is one of them, else on the placement's site with the smallest unit id.
//
// The same answer is read in one of three shapes, whichever reads least (searchShape):
// - `hits`: from the index's matches, each article by its key: cost follows the matches, the shape for a rare word;
// - `subtree`: from the subtree's visible columns, their own live articles and accepted placements, each kept when it
//   is among the matches: cost follows the subtree, the shape for a branch's or a township's site;
// - `newest`: the whole network's live articles newest first (the (status, deletedAt, siteAt) index), each kept
//   when it is a match shown in the subtree, stopping at the page's end: cost follows how rare the matches are among
//   the newest articles, the shape for a common word over a wide subtree (the municipality's site).
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql, walksInOrder } from '@strata/api';
import { type Db, type Prisma, whileUnchanged } from '@strata/db';
import type { QueryPart } from '@strata/text';
import { articleHits } from '../articles/article-search.sql';

export type FoundArticle = {
  id: number;
  title: string;
  summary: string;
  body: string;
  siteAt: Date;
  siteCode: string;
  siteName: string;
};

export type SearchShape = 'hits' | 'subtree' | 'newest';

/** Up to this many matches, reading them all is cheap whatever the subtree: the `hits` shape. */
const fewHits = 2_000;

const live = (now: Date) =>
  reviewedSql`a."status" = 'published' AND a."deletedAt" IS NULL AND a."siteAt" <= ${now} AND (a."publishAt" IS NULL OR a."publishAt" <= ${now}) AND (a."unpublishAt" IS NULL OR a."unpublishAt" > ${now})`;

/** Column c is a visible column of unit u's site, and u is in the subtree. */
const visibleSite = (sitePath: string) =>
  reviewedSql`c."hidden" = FALSE AND u."id" = c."unitId" AND (${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AND u."siteCode" IS NOT NULL AND u."archivedAt" IS NULL`;

/** The page's rows, read by key from `pg` (id, siteAt, unitId), newest first. */
const pageRows = reviewedSql`SELECT a."id" AS "id", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."siteAt" AS "siteAt", u."siteCode" AS "siteCode", u."name" AS "siteName" FROM pg CROSS JOIN "Article" a CROSS JOIN "Unit" u WHERE a."id" = pg."id" AND u."id" = pg."unitId" ORDER BY pg."siteAt" DESC, pg."id" DESC`;

/** From shown rows `m` (id, siteAt, unitId, own), each article once (its own site first), then the page. */
const firstSitePage = (limit: Prisma.Sql, offset: number) =>
  reviewedSql`r AS MATERIALIZED (SELECT m."id" AS "id", m."siteAt" AS "siteAt", m."unitId" AS "unitId", row_number() OVER (PARTITION BY m."id" ORDER BY m."own" DESC, m."unitId") AS "n" FROM m), pg AS MATERIALIZED (SELECT r."id" AS "id", r."siteAt" AS "siteAt", r."unitId" AS "unitId" FROM r WHERE r."n" = 1 ORDER BY r."siteAt" DESC, r."id" DESC LIMIT ${limit} OFFSET ${offset})`;

/** A shape's statement: `limit` rows from `offset` of the subtree's matches, newest first. */
type ShapeStatement = (
  db: Db,
  sitePath: string,
  parts: readonly QueryPart[],
  now: Date,
  limit: Prisma.Sql,
  offset: number,
) => Prisma.Sql;

const hitsShape: ShapeStatement = (db, sitePath, parts, now, limit, offset) => {
  const onSite = visibleSite(sitePath);
  return reviewedSql`WITH hit AS MATERIALIZED (${articleHits(db, parts)}), la AS MATERIALIZED (SELECT a."id" AS "id", a."siteAt" AS "siteAt", a."columnId" AS "columnId" FROM hit CROSS JOIN "Article" a WHERE a."id" = hit."id" AND ${live(now)}), m AS MATERIALIZED (SELECT la."id" AS "id", la."siteAt" AS "siteAt", u."id" AS "unitId", 1 AS "own" FROM la CROSS JOIN "Column" c CROSS JOIN "Unit" u WHERE c."id" = la."columnId" AND ${onSite} UNION ALL SELECT la."id" AS "id", la."siteAt" AS "siteAt", u."id" AS "unitId", 0 AS "own" FROM la CROSS JOIN "ArticlePlacement" p CROSS JOIN "Column" c CROSS JOIN "Unit" u WHERE p."articleId" = la."id" AND p."state" = 'accepted' AND c."id" = p."columnId" AND ${onSite}), ${firstSitePage(limit, offset)} ${pageRows}`;
};

const subtreeShape: ShapeStatement = (db, sitePath, parts, now, limit, offset) => {
  const onSite = visibleSite(sitePath);
  const sites = reviewedSql`"Unit" u CROSS JOIN "Column" c`;
  const matched = reviewedSql`a."id" IN (SELECT hit."id" FROM hit)`;
  return reviewedSql`WITH hit AS MATERIALIZED (${articleHits(db, parts)}), m AS MATERIALIZED (SELECT a."id" AS "id", a."siteAt" AS "siteAt", u."id" AS "unitId", 1 AS "own" FROM ${sites} CROSS JOIN "Article" a WHERE ${onSite} AND a."columnId" = c."id" AND ${live(now)} AND ${matched} UNION ALL SELECT a."id" AS "id", a."siteAt" AS "siteAt", u."id" AS "unitId", 0 AS "own" FROM ${sites} CROSS JOIN "ArticlePlacement" p CROSS JOIN "Article" a WHERE ${onSite} AND p."columnId" = c."id" AND p."state" = 'accepted' AND +p."articleId" IN (SELECT hit."id" FROM hit) AND a."id" = p."articleId" AND ${live(now)}), ${firstSitePage(limit, offset)} ${pageRows}`;
};

const newestShape: ShapeStatement = (db, sitePath, parts, now, limit, offset) => {
  const onSite = visibleSite(sitePath);
  // The site it is shown on: its own when that is in the subtree, else the placement's with the smallest unit id.
  const own = reviewedSql`(SELECT u."id" FROM "Column" c CROSS JOIN "Unit" u WHERE c."id" = a."columnId" AND ${onSite})`;
  const placed = reviewedSql`(SELECT min(u."id") FROM "ArticlePlacement" p CROSS JOIN "Column" c CROSS JOIN "Unit" u WHERE p."articleId" = a."id" AND p."state" = 'accepted' AND c."id" = p."columnId" AND ${onSite})`;
  return reviewedSql`WITH hit AS MATERIALIZED (${articleHits(db, parts)}), pg AS MATERIALIZED (SELECT w."id" AS "id", w."siteAt" AS "siteAt", w."unitId" AS "unitId" FROM (SELECT a."id" AS "id", a."siteAt" AS "siteAt", coalesce(${own}, ${placed}) AS "unitId" FROM "Article" a WHERE ${live(now)} AND +a."id" IN (SELECT hit."id" FROM hit) ORDER BY a."siteAt" DESC, a."id" DESC) w WHERE w."unitId" IS NOT NULL LIMIT ${limit} OFFSET ${offset}) ${pageRows}`;
};

/** The statement of a shape (searchSites runs it; the bench's --explain reads its plan). */
export const searchStatements = { hits: hitsShape, subtree: subtreeShape, newest: newestShape } as const;

/** How many units there are, and how many of them lie in the subtree (kept while the data stays the same). */
const unitCounts = (db: Db, sitePath: string) =>
  whileUnchanged(db, `portal.search.units ${sitePath}`, async () => {
    const [row] = await queryReviewed<{ inSubtree: number; all: number }>(
      db,
      reviewedSql`SELECT (SELECT count(*) FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AS "inSubtree", (SELECT count(*) FROM "Unit") AS "all"`,
    );
    return { inSubtree: Number(row?.inSubtree ?? 0), all: Number(row?.all ?? 0) };
  });

/** The shape that reads least: few matches are read as they are; many, from the subtree or the newest articles. */
export async function searchShape(db: Db, sitePath: string, parts: readonly QueryPart[]): Promise<SearchShape> {
  const [counted] = await queryReviewed<{ n: number }>(
    db,
    reviewedSql`SELECT count(*) AS "n" FROM (${articleHits(db, parts)} LIMIT ${integerLiteral(fewHits + 1)}) h`,
  );
  if (Number(counted?.n ?? 0) <= fewHits) return 'hits';
  const units = await unitCounts(db, sitePath);
  return walksInOrder(units.inSubtree, units.all) ? 'newest' : 'subtree';
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
  const chosen = shape ?? (await searchShape(db, sitePath, parts));
  return queryReviewed<FoundArticle>(
    db,
    searchStatements[chosen](db, sitePath, parts, now, integerLiteral(size + 1), offset),
  );
}
