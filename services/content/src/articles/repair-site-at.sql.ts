// Article.siteAt is derived (siteAtOf), and each placement carries its article's: the service writes them with every
// save, but rows written around it (an import, a hand-made fix, a test's raw insert) may disagree. At start-up two
// statements mend them, so pages that order by them never disagree with publishAt and publishedAt; the articles
// mended are written to the search index again, whose key follows siteAt.
import { reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';
import { indexArticles } from './article-search.sql';

/**
 * Sets siteAt where it is not coalesce(publishAt, publishedAt), then each placement's where it is not its article's;
 * answers how many rows it mended.
 */
export async function repairSiteAt(db: Db): Promise<number> {
  const expected = reviewedSql`coalesce("publishAt", "publishedAt")`;
  const moved = await db.$queryRaw<{ id: number | bigint }[]>(
    reviewedSql`UPDATE "Article" SET "siteAt" = ${expected} WHERE "siteAt" IS DISTINCT FROM ${expected} RETURNING "id"`,
  );
  await indexArticles(
    db,
    moved.map((r) => Number(r.id)),
  );
  const articles = moved.length;
  const ofArticle = reviewedSql`(SELECT a."siteAt" FROM "Article" a WHERE a."id" = "ArticlePlacement"."articleId")`;
  const placements = await db.$executeRaw(
    reviewedSql`UPDATE "ArticlePlacement" SET "siteAt" = ${ofArticle} WHERE "siteAt" IS DISTINCT FROM ${ofArticle}`,
  );
  return articles + placements;
}
