// What an article's placements carry of it, made again from it: Article.placedCount (how many sites show it beyond
// its own), each placement's siteAt (when it shows, so a column page walks its placements in order) and the units
// its search index row shows it on. Reviewed statements, so they run in a caller's (guarded) transaction as well as
// in the raw client's.
import { reviewedSql } from '@strata/api';
import type { Tx } from '@strata/db';
import { indexArticles } from '../articles/article-search.sql';

/** Every placement of the article takes the article's siteAt: after a save that moved it, and after a placement. */
export const followSiteAt = (tx: Tx, articleId: number) =>
  tx.$executeRaw(
    reviewedSql`UPDATE "ArticlePlacement" SET "siteAt" = (SELECT a."siteAt" FROM "Article" a WHERE a."id" = ${articleId}) WHERE "articleId" = ${articleId}`,
  );

/** After any change to the article's placements: its count of sites, their siteAt, and the units it is found on. */
export async function recount(tx: Tx, articleId: number) {
  await tx.$executeRaw(
    reviewedSql`UPDATE "Article" SET "placedCount" = (SELECT count(*) FROM "ArticlePlacement" p WHERE p."articleId" = ${articleId} AND p."state" = 'accepted') WHERE "id" = ${articleId}`,
  );
  await followSiteAt(tx, articleId);
  await indexArticles(tx, [articleId]);
}
