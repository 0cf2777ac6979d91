// The freshness board's reads: the columns of a set of subtrees with, per column, its latest publication up to now
// and its first one after now (so the read knows how long it holds), in one statement; and the units they belong to.
// The scope is in the statements (the subtrees' path ranges). A column's publications come from sources, each
// giving rows ("columnId", "last", "next"): today the articles published in it; another source (an article placed
// on several sites' columns) is one more entry in `publicationSources`.
import { inSubtrees, integerLiteral, joinReviewed, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

/** Rows ("columnId", "last", "next") for the columns of `s` (other columns' rows may come too: they find no column). */
type PublicationSource = (now: Date) => Prisma.Sql;

/**
 * Articles published in the column, not in the recycle bin, each at its siteAt (the start of its window when it
 * has one, else when it was first published). Each column's latest up to now and first after it are two seeks of
 * the (columnId, status, deletedAt, siteAt) index, however many articles the column holds.
 */
const articlePublications: PublicationSource = (now) =>
  reviewedSql`SELECT s."id" AS "columnId", (SELECT a."siteAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published' AND a."deletedAt" IS NULL AND a."siteAt" <= ${now} ORDER BY a."siteAt" DESC LIMIT 1) AS "last", (SELECT a."siteAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published' AND a."deletedAt" IS NULL AND a."siteAt" > ${now} ORDER BY a."siteAt" LIMIT 1) AS "next" FROM s`;

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
export function readColumns(db: Db, roots: string[], now: Date) {
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  const sources = joinReviewed(
    publicationSources.map((source) => source(now)),
    reviewedSql` UNION ALL `,
  );
  return queryReviewed<ColumnRead>(
    db,
    reviewedSql`WITH s AS MATERIALIZED (SELECT c."id" AS "id", c."unitId" AS "unitId", c."key" AS "key", c."name" AS "name", c."sort" AS "sort", c."cadence" AS "cadence", c."hidden" AS "hidden", c."createdAt" AS "createdAt" FROM "Unit" u CROSS JOIN "Column" c WHERE c."unitId" = u."id" AND (${inScope}) AND u."archivedAt" IS NULL), p AS MATERIALIZED (${sources}), l AS MATERIALIZED (SELECT p."columnId" AS "columnId", max(p."last") AS "last", min(p."next") AS "next" FROM p GROUP BY p."columnId") SELECT s."id" AS "id", s."unitId" AS "unitId", s."key" AS "key", s."name" AS "name", s."cadence" AS "cadence", s."hidden" AS "hidden", s."createdAt" AS "createdAt", l."last" AS "lastPublishedAt", l."next" AS "nextPublishedAt" FROM s LEFT JOIN l ON l."columnId" = s."id" ORDER BY s."unitId", s."sort", s."id"`,
    { instants: 'text' },
  );
}

/**
 * The active units directly below the unit at `path` (a path in the caller's scope: so are they), in the tree's order.
 * The parent by its path, then its children by the parent index: as a filter by parent and subtree range, SQLite
 * walked the range instead (every unit, for the municipality).
 */
export const childUnitsOf = (db: Db, path: string) =>
  queryReviewed<{ id: number; name: string; path: string }>(
    db,
    reviewedSql`SELECT c."id" AS "id", c."name" AS "name", c."path" AS "path" FROM "Unit" p CROSS JOIN "Unit" c WHERE p."path" = ${path} AND c."parentId" = p."id" AND c."archivedAt" IS NULL ORDER BY c."sort", c."id"`,
  );

export type UnitRead = { id: number; name: string; path: string; depth: number };

/** The active units of the subtrees that have columns, in the tree's order. */
export const readUnits = (db: Db, roots: string[]) =>
  queryReviewed<UnitRead>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."name" AS "name", u."path" AS "path", u."depth" AS "depth" FROM "Unit" u WHERE (${inSubtrees(reviewedSql`u."path"`, roots)}) AND u."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Column" c WHERE c."unitId" = u."id") ORDER BY u."path"`,
  );

/**
 * How many articles of the subtrees `roots`, not in the recycle bin, were first published (publishedAt) in each month:
 * from `bounds[i]` to `bounds[i + 1]`, as "m0", "m1"… (one bound more than months). One row, no GROUP BY: each month
 * is a count over the same rows. Unit by unit, each unit's (unitId, publishedAt, id, deletedAt, status) index read over
 * the months' range alone, whatever the unit published before it and whatever the rest of the tree holds: SQLite keeps
 * a CROSS JOIN's order; PostgreSQL chooses so for a township's units, and for the whole tree may walk the
 * (publishedAt, id, unitId, ...) index over the months' range instead, the units hashed (both read only the range).
 */
export function countPublishedByMonth(db: Db, roots: string[], bounds: Date[]) {
  const months = joinReviewed(
    bounds
      .slice(1)
      .map(
        (end, i) =>
          reviewedSql`count(CASE WHEN a."publishedAt" >= ${bounds[i]} AND a."publishedAt" < ${end} THEN 1 END) AS "m${integerLiteral(i)}"`,
      ),
    reviewedSql`, `,
  );
  return queryReviewed<Record<string, unknown>>(
    db,
    reviewedSql`SELECT ${months} FROM "Unit" u CROSS JOIN "Article" a WHERE a."unitId" = u."id" AND (${inSubtrees(reviewedSql`u."path"`, roots)}) AND a."publishedAt" >= ${bounds[0]} AND a."publishedAt" < ${bounds[bounds.length - 1]} AND a."deletedAt" IS NULL`,
  );
}
