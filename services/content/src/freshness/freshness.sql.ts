// The freshness board's reads: the columns of a set of subtrees with, per column, its latest publication up to now
// and its first one after now (so the read knows how long it holds), in one statement; and the units they belong to.
// The scope is in the statements (the subtrees' path ranges). A column's publications come from sources, each
// giving rows ("columnId", "last", "next"): today the articles published in it; another source (an article placed
// on several sites' columns) is one more entry in `publicationSources`.
import { inSubtrees, joinReviewed, queryReviewed, reviewedSql, walksInOrder } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

/**
 * How a source is read: column by column (each column's rows through its index: cheap while the scope is narrow),
 * or the table whole (once per read, whatever the scope: cheaper when the scope holds most of the tree).
 */
export type Reading = 'perColumn' | 'wholeTable';

/** Rows ("columnId", "last", "next") for the columns of `s` (other columns' rows may come too: they find no column). */
type PublicationSource = (now: Date, reading: Reading) => Prisma.Sql;

// As a test, not a column condition: SQLite would take `deletedAt IS NULL` as an equality to look up in the
// recycle bin's (deletedAt, ...) index instead of reading the rows the other conditions chose (see article-page.sql.ts).
const live = reviewedSql`(a."deletedAt" IS NULL) = TRUE`;
/** An article's publication: the start of its window when it has one, else when it was first published. */
const at = reviewedSql`coalesce(a."publishAt", a."publishedAt")`;

/**
 * Articles published in the column (not in the recycle bin). Column by column, every published article of each is
 * read. The table whole: most articles have no window, and each column's latest of those is the first of its
 * (columnId, status, publishedAt) index that is live; those with a window are few, but no index finds them, so
 * one pass over the table reads them all (grouped by an expression, so SQLite does not walk an index row by row).
 */
const articlePublications: PublicationSource = (now, reading) =>
  reading === 'perColumn'
    ? reviewedSql`SELECT a."columnId" AS "columnId", max(CASE WHEN ${at} <= ${now} THEN ${at} END) AS "last", min(CASE WHEN ${at} > ${now} THEN ${at} END) AS "next" FROM "Article" a WHERE a."columnId" IN (SELECT s."id" FROM s) AND a."status" = 'published' AND ${live} GROUP BY a."columnId"`
    : reviewedSql`SELECT s."id" AS "columnId", (SELECT a."publishedAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published' AND a."publishedAt" <= ${now} AND a."publishAt" IS NULL AND ${live} ORDER BY a."publishedAt" DESC LIMIT 1) AS "last", (SELECT a."publishedAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published' AND a."publishedAt" > ${now} AND a."publishAt" IS NULL AND ${live} ORDER BY a."publishedAt" LIMIT 1) AS "next" FROM s UNION ALL SELECT a."columnId" + 0 AS "columnId", max(CASE WHEN a."publishAt" <= ${now} THEN a."publishAt" END) AS "last", min(CASE WHEN a."publishAt" > ${now} THEN a."publishAt" END) AS "next" FROM "Article" a WHERE a."publishAt" IS NOT NULL AND (a."status" = 'published') = TRUE AND ${live} GROUP BY a."columnId" + 0`;

const publicationSources: readonly PublicationSource[] = [articlePublications];

/** A column as the board reads it; DateTimes as the driver gives them (see `instantText`). */
export type ColumnRead = {
  id: number;
  unitId: number;
  key: string | null;
  name: string;
  cadence: string;
  hidden: unknown;
  createdAt: unknown;
  lastPublishedAt: unknown;
  nextPublishedAt: unknown;
};

/**
 * The columns of the active units in the subtrees `roots`, in each unit's order, with their latest publication up to
 * `now` and their first after it.
 */
export function readColumns(db: Db, roots: string[], now: Date, reading: Reading) {
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  const sources = joinReviewed(
    publicationSources.map((source) => source(now, reading)),
    reviewedSql` UNION ALL `,
  );
  return queryReviewed<ColumnRead>(
    db,
    reviewedSql`WITH s AS MATERIALIZED (SELECT c."id" AS "id", c."unitId" AS "unitId", c."key" AS "key", c."name" AS "name", c."sort" AS "sort", c."cadence" AS "cadence", c."hidden" AS "hidden", c."createdAt" AS "createdAt" FROM "Unit" u CROSS JOIN "Column" c WHERE c."unitId" = u."id" AND (${inScope}) AND u."archivedAt" IS NULL), p AS MATERIALIZED (${sources}), l AS MATERIALIZED (SELECT p."columnId" AS "columnId", max(p."last") AS "last", min(p."next") AS "next" FROM p GROUP BY p."columnId") SELECT s."id" AS "id", s."unitId" AS "unitId", s."key" AS "key", s."name" AS "name", s."cadence" AS "cadence", s."hidden" AS "hidden", s."createdAt" AS "createdAt", l."last" AS "lastPublishedAt", l."next" AS "nextPublishedAt" FROM s LEFT JOIN l ON l."columnId" = s."id" ORDER BY s."unitId", s."sort", s."id"`,
    { instants: 'text' },
  );
}

export type UnitRead = { id: number; name: string; path: string; depth: number };

/** The active units of the subtrees that have columns, in the tree's order. */
export const readUnits = (db: Db, roots: string[]) =>
  queryReviewed<UnitRead>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."name" AS "name", u."path" AS "path", u."depth" AS "depth" FROM "Unit" u WHERE (${inSubtrees(reviewedSql`u."path"`, roots)}) AND u."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Column" c WHERE c."unitId" = u."id") ORDER BY u."path"`,
  );

/** How to read the subtrees' publications: the table whole once they hold most of the tree (as scopedPage decides). */
export async function readingFor(db: Db, roots: string[]): Promise<Reading> {
  const [units] = await queryReviewed<{ all: unknown; inScope: unknown }>(
    db,
    reviewedSql`SELECT (SELECT count(*) FROM "Unit") AS "all", (SELECT count(*) FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)}) AS "inScope"`,
  );
  return walksInOrder(Number(units?.inScope ?? 0), Number(units?.all ?? 0)) ? 'wholeTable' : 'perColumn';
}
