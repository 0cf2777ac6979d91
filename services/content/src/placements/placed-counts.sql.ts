// Article.placedCount of every placed article counted again at once (the large fixture writes placements in bulk):
// one grouped pass over the placements, which needs none of their indexes (the fixture drops them while it writes).
import { reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export const recountAllPlaced = (db: Db) =>
  db.$executeRaw(
    reviewedSql`UPDATE "Article" SET "placedCount" = c."n" FROM (SELECT p."articleId" AS "articleId", count(*) AS "n" FROM "ArticlePlacement" p WHERE p."state" = 'accepted' GROUP BY p."articleId") c WHERE "Article"."id" = c."articleId"`,
  );
