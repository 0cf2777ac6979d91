// Article.placedCount counted again from its placements: one reviewed statement, so it runs in a caller's (guarded)
// transaction as well as in the raw client's.
import { reviewedSql } from '@strata/api';
import type { Tx } from '@strata/db';

export const recount = (tx: Tx, articleId: number) =>
  tx.$executeRaw(
    reviewedSql`UPDATE "Article" SET "placedCount" = (SELECT count(*) FROM "ArticlePlacement" p WHERE p."articleId" = ${articleId} AND p."state" = 'accepted') WHERE "id" = ${articleId}`,
  );
