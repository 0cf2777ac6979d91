// Search on the portal: the articles shown on the sites of a subtree (each site's own articles in its visible
// columns and those placed there), live at `now`, whose text matches every part of the query (the full-text index,
// article-search.sql.ts). An article shown on several of those sites is found once, on its own site when that is
// one of them. The index gives the matching ids; the scope and the window are checked on those rows alone.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';
import type { QueryPart } from '@strata/text';
import { articleMatches } from '../articles/article-search.sql';

export type FoundArticle = {
  id: number;
  title: string;
  summary: string;
  body: string;
  siteAt: Date;
  siteCode: string;
  siteName: string;
};

const live = (now: Date) =>
  reviewedSql`a."status" = 'published' AND a."deletedAt" IS NULL AND a."siteAt" <= ${now} AND (a."publishAt" IS NULL OR a."publishAt" <= ${now}) AND (a."unpublishAt" IS NULL OR a."unpublishAt" > ${now})`;

/** `size` matches from `offset`, newest first, and one more when there is a next page. */
export function searchSites(
  db: Db,
  sitePath: string,
  parts: readonly QueryPart[],
  now: Date,
  size: number,
  offset: number,
) {
  const sites = reviewedSql`"Unit" u CROSS JOIN "Column" c`;
  const onSite = reviewedSql`(${inSubtrees(reviewedSql`u."path"`, [sitePath])}) AND u."siteCode" IS NOT NULL AND u."archivedAt" IS NULL AND c."unitId" = u."id" AND c."hidden" = FALSE`;
  const matches = articleMatches(db, reviewedSql`a."id"`, parts);
  return queryReviewed<FoundArticle>(
    db,
    reviewedSql`WITH m AS MATERIALIZED (SELECT a."id" AS "id", a."siteAt" AS "siteAt", u."id" AS "unitId", 1 AS "own" FROM ${sites} CROSS JOIN "Article" a WHERE ${onSite} AND a."columnId" = c."id" AND ${live(now)} AND ${matches} UNION ALL SELECT a."id" AS "id", a."siteAt" AS "siteAt", u."id" AS "unitId", 0 AS "own" FROM ${sites} CROSS JOIN "ArticlePlacement" p CROSS JOIN "Article" a WHERE ${onSite} AND p."columnId" = c."id" AND p."state" = 'accepted' AND a."id" = p."articleId" AND ${live(now)} AND ${matches}), r AS MATERIALIZED (SELECT m."id" AS "id", m."siteAt" AS "siteAt", m."unitId" AS "unitId", row_number() OVER (PARTITION BY m."id" ORDER BY m."own" DESC, m."unitId") AS "n" FROM m), pg AS MATERIALIZED (SELECT r."id" AS "id", r."siteAt" AS "siteAt", r."unitId" AS "unitId" FROM r WHERE r."n" = 1 ORDER BY r."siteAt" DESC, r."id" DESC LIMIT ${integerLiteral(size + 1)} OFFSET ${offset}) SELECT a."id" AS "id", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."siteAt" AS "siteAt", u."siteCode" AS "siteCode", u."name" AS "siteName" FROM pg CROSS JOIN "Article" a CROSS JOIN "Unit" u WHERE a."id" = pg."id" AND u."id" = pg."unitId" ORDER BY pg."siteAt" DESC, pg."id" DESC`,
  );
}
