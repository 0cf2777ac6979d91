// Article.siteAt is derived (siteAtOf): the service writes it with every save, but rows written around it (an
// import, a hand-made fix, a test's raw insert) may disagree. At start-up one statement mends them, so pages that
// order by it never disagree with publishAt and publishedAt.
import { reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

/** Sets siteAt where it is not coalesce(publishAt, publishedAt); answers how many rows it mended. */
export async function repairSiteAt(db: Db): Promise<number> {
  const expected = reviewedSql`coalesce("publishAt", "publishedAt")`;
  return db.$executeRaw(
    reviewedSql`UPDATE "Article" SET "siteAt" = ${expected} WHERE "siteAt" IS DISTINCT FROM ${expected}`,
  );
}
