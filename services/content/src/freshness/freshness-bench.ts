// The freshness board's floor for `npm run bench`: what the board is judged from, as an expert would read it by hand
// (the subtree's units with columns, and each column's latest publication up to now and first after it), in the
// shape that suits the caller: the whole tree walks each column's index and reads the few windowed articles in one
// pass, a township or a branch reads its columns' articles one column at a time. Judging, ordering and paging the
// rows is the service's work on top (a few milliseconds for the whole tree), which no SQL floor does.
import { type BenchCaller, type FloorQuery, subtreeParams } from '@strata/api';

const live = `(a."deletedAt" IS NULL) = TRUE`;
const at = `coalesce(a."publishAt", a."publishedAt")`;
const scoped = `SELECT c."id", c."unitId", c."key", c."name", c."sort", c."cadence", c."hidden", c."createdAt"
  FROM "Unit" u CROSS JOIN "Column" c WHERE c."unitId" = u."id" AND u."path" >= $1 AND u."path" < $2 AND u."archivedAt" IS NULL`;

const perColumn = `SELECT a."columnId", max(CASE WHEN ${at} <= $3 THEN ${at} END) AS "last",
  min(CASE WHEN ${at} > $3 THEN ${at} END) AS "next"
  FROM "Article" a WHERE a."columnId" IN (SELECT s."id" FROM s) AND a."status" = 'published' AND ${live} GROUP BY a."columnId"`;

const wholeTable = `SELECT s."id" AS "columnId",
    (SELECT a."publishedAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published'
      AND a."publishedAt" <= $3 AND a."publishAt" IS NULL AND ${live} ORDER BY a."publishedAt" DESC LIMIT 1) AS "last",
    (SELECT a."publishedAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published'
      AND a."publishedAt" > $3 AND a."publishAt" IS NULL AND ${live} ORDER BY a."publishedAt" LIMIT 1) AS "next"
  FROM s
  UNION ALL SELECT a."columnId" + 0, max(CASE WHEN a."publishAt" <= $3 THEN a."publishAt" END),
    min(CASE WHEN a."publishAt" > $3 THEN a."publishAt" END)
  FROM "Article" a WHERE a."publishAt" IS NOT NULL AND (a."status" = 'published') = TRUE AND ${live}
  GROUP BY a."columnId" + 0`;

const columns = (publications: string) => `WITH s AS MATERIALIZED (${scoped}), p AS MATERIALIZED (${publications}),
  l AS MATERIALIZED (SELECT p."columnId", max(p."last") AS "last", min(p."next") AS "next" FROM p GROUP BY p."columnId")
  SELECT s."id", s."unitId", s."key", s."name", s."cadence", s."hidden", s."createdAt", l."last", l."next"
  FROM s LEFT JOIN l ON l."columnId" = s."id" ORDER BY s."unitId", s."sort", s."id"`;

const units = `SELECT u."id", u."name", u."path", u."depth" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2
  AND u."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Column" c WHERE c."unitId" = u."id") ORDER BY u."path"`;

/** The clock as each database compares it with a stored DateTime (as the service binds it). */
const nowAs = {
  sqlite: () => new Date().toISOString().replace('Z', '+00:00'),
  postgresql: () => new Date().toISOString().replace('T', ' ').replace('Z', ''),
};

const floor = (provider: 'sqlite' | 'postgresql'): FloorQuery => ({
  sql: (caller: BenchCaller) => [columns(caller.role === 'municipal' ? wholeTable : perColumn), units],
  params: (caller) => [...subtreeParams(caller), nowAs[provider]()],
});

export const freshnessBoardFloor = { sqlite: floor('sqlite'), postgresql: floor('postgresql') };
