// The articles a site shows, read for the portal: a column's own articles and the ones placed in it (accepted
// placements), live at `now` (published, not in the recycle bin, inside its window), newest first by siteAt.
// A column's own articles are a walk of the (columnId, status, deletedAt, siteAt) index from `now` backwards; its
// placements a walk of the (columnId, state, siteAt) index the same way (a placement carries its article's siteAt),
// each article read by its key to check it is live. Each part stops at the page's end, and the page is their merge:
// one statement, however many articles the column holds or shows.
import { integerLiteral, joinReviewed, queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

/** The article `a` is live at `now` (siteAt <= now lets the index's range do the window's start). */
export const live = (now: Date) =>
  reviewedSql`a."status" = 'published' AND a."deletedAt" IS NULL AND a."siteAt" <= ${now} AND (a."publishAt" IS NULL OR a."publishAt" <= ${now}) AND (a."unpublishAt" IS NULL OR a."unpublishAt" > ${now})`;

/** The newest `take` live articles of the column, its own, then those placed in it; rows (id, siteAt, showIn). */
const columnParts = (columnId: number, now: Date, take: Prisma.Sql) => [
  reviewedSql`SELECT o."id" AS "id", o."siteAt" AS "siteAt", o."showIn" AS "showIn" FROM (SELECT a."id" AS "id", a."siteAt" AS "siteAt", a."columnId" AS "showIn" FROM "Article" a WHERE a."columnId" = ${columnId} AND ${live(now)} ORDER BY a."siteAt" DESC, a."id" DESC LIMIT ${take}) o`,
  reviewedSql`SELECT x."id" AS "id", x."siteAt" AS "siteAt", x."showIn" AS "showIn" FROM (SELECT a."id" AS "id", p."siteAt" AS "siteAt", p."columnId" AS "showIn" FROM "ArticlePlacement" p CROSS JOIN "Article" a WHERE p."columnId" = ${columnId} AND p."state" = 'accepted' AND p."siteAt" <= ${now} AND a."id" = p."articleId" AND ${live(now)} ORDER BY p."siteAt" DESC, p."articleId" DESC LIMIT ${take}) x`,
];

/** An item of a list: what a list, a home page's column or a feed entry shows. */
export type ShownItem = {
  id: number;
  title: string;
  summary: string;
  byline: string;
  siteAt: Date;
  updatedAt: Date;
  coverFileId: number | null;
  /** The column of this site it shows in. */
  showIn: number;
};

const itemsOf = (parts: Prisma.Sql[], order: Prisma.Sql) =>
  reviewedSql`WITH s AS MATERIALIZED (${joinReviewed(parts, reviewedSql` UNION ALL `)}), pg AS MATERIALIZED (SELECT s."id" AS "id", s."siteAt" AS "siteAt", s."showIn" AS "showIn" FROM s ORDER BY s."siteAt" DESC, s."id" DESC ${order}) SELECT a."id" AS "id", a."title" AS "title", a."summary" AS "summary", a."byline" AS "byline", a."siteAt" AS "siteAt", a."updatedAt" AS "updatedAt", a."coverFileId" AS "coverFileId", pg."showIn" AS "showIn" FROM pg CROSS JOIN "Article" a WHERE a."id" = pg."id" ORDER BY pg."siteAt" DESC, pg."id" DESC`;

/**
 * A page of the columns' live articles, newest first: `size` rows from `offset`, and one more when there is a next
 * page (the caller shows `size`). The first page's limits are written into the statement (SQLite plans a bound
 * LIMIT anew on every run, see reviewed-sql.ts); later pages bind theirs.
 */
export function shownPage(db: Db, columnIds: readonly number[], now: Date, size: number, offset: number) {
  if (!columnIds.length) return Promise.resolve([]);
  const take = offset === 0 ? integerLiteral(size + 1) : reviewedSql`${offset + size + 1}`;
  const order = reviewedSql`LIMIT ${integerLiteral(size + 1)} OFFSET ${offset}`;
  return queryReviewed<ShownItem>(
    db,
    itemsOf(
      columnIds.flatMap((id) => columnParts(id, now, take)),
      order,
    ),
  );
}

/** The newest `each` live articles of every column (a home page), newest first; group them by `showIn`. */
export function latestOfColumns(db: Db, columnIds: readonly number[], now: Date, each: number) {
  if (!columnIds.length) return Promise.resolve([]);
  const take = integerLiteral(each);
  return queryReviewed<ShownItem>(
    db,
    itemsOf(
      columnIds.flatMap((id) => columnParts(id, now, take)),
      reviewedSql``,
    ),
  );
}

/** An article with what its page shows, and where it shows: in its own column, in a placement on `siteId`. */
export type ArticleRead = {
  id: number;
  unitId: number;
  columnId: number;
  title: string;
  summary: string;
  body: string;
  byline: string;
  source: string;
  siteAt: Date;
  updatedAt: Date;
  coverFileId: number | null;
  coverWidth: number | null;
  coverHeight: number | null;
  ownColumnHidden: boolean;
  ownSiteCode: string | null;
  ownUnitArchivedAt: Date | null;
  placedColumnId: number | null;
  placedColumnHidden: boolean | null;
};

/** The article if it is live at `now` (else nothing), with its placement on the site `siteId` if accepted: one read. */
export async function liveArticle(db: Db, id: number, siteId: number, now: Date): Promise<ArticleRead | null> {
  const [row] = await queryReviewed<ArticleRead>(
    db,
    reviewedSql`SELECT a."id" AS "id", a."unitId" AS "unitId", a."columnId" AS "columnId", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."byline" AS "byline", a."source" AS "source", a."siteAt" AS "siteAt", a."updatedAt" AS "updatedAt", a."coverFileId" AS "coverFileId", f."width" AS "coverWidth", f."height" AS "coverHeight", oc."hidden" AS "ownColumnHidden", ou."siteCode" AS "ownSiteCode", ou."archivedAt" AS "ownUnitArchivedAt", p."columnId" AS "placedColumnId", pc."hidden" AS "placedColumnHidden" FROM "Article" a JOIN "Column" oc ON oc."id" = a."columnId" JOIN "Unit" ou ON ou."id" = a."unitId" LEFT JOIN "File" f ON f."id" = a."coverFileId" LEFT JOIN "ArticlePlacement" p ON p."articleId" = a."id" AND p."unitId" = ${siteId} AND p."state" = 'accepted' LEFT JOIN "Column" pc ON pc."id" = p."columnId" WHERE a."id" = ${id} AND ${live(now)}`,
  );
  return row ?? null;
}

/** The bodies of some articles (a feed's entries without a summary start from their text). */
export const articleBodies = (db: Db, ids: readonly number[]) =>
  ids.length
    ? queryReviewed<{ id: number; body: string }>(
        db,
        reviewedSql`SELECT a."id" AS "id", a."body" AS "body" FROM "Article" a WHERE a."id" IN (${valueList(ids)})`,
      )
    : Promise.resolve([]);
