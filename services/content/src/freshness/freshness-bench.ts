// The freshness board's floor for `npm run bench`: what the board is judged from, as an expert would read it by hand
// (the subtree's units with columns, and each column's latest publication up to now and first after it); the summary's
// also counts the subtree's articles published month by month (the bounds found as the service finds them). Judging,
// ordering and paging the rows is the service's work on top (a few milliseconds for the whole tree), which no SQL
// floor does.
import { type BenchCaller, type FloorQuery, subtreeParams } from '@strata/api';
import { lastTwelveMonths } from '@strata/contract';
import { sqliteDateText } from '@strata/db';
import { calendarDay, monthStartInstants } from '@strata/i18n/days';

const scoped = `SELECT c."id", c."unitId", c."key", c."name", c."sort", c."cadence", c."hidden", c."createdAt"
  FROM "Unit" u CROSS JOIN "Column" c WHERE c."unitId" = u."id" AND u."path" >= $1 AND u."path" < $2 AND u."archivedAt" IS NULL`;

// Each column's latest publication up to now and first after it: two seeks of its (columnId, status, deletedAt,
// siteAt) index.
const publications = `SELECT s."id" AS "columnId",
    (SELECT a."siteAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published'
      AND a."deletedAt" IS NULL AND a."siteAt" <= $3 ORDER BY a."siteAt" DESC LIMIT 1) AS "last",
    (SELECT a."siteAt" FROM "Article" a WHERE a."columnId" = s."id" AND a."status" = 'published'
      AND a."deletedAt" IS NULL AND a."siteAt" > $3 ORDER BY a."siteAt" LIMIT 1) AS "next"
  FROM s`;

const columns = (publications: string) => `WITH s AS MATERIALIZED (${scoped}), p AS MATERIALIZED (${publications}),
  l AS MATERIALIZED (SELECT p."columnId", max(p."last") AS "last", min(p."next") AS "next" FROM p GROUP BY p."columnId")
  SELECT s."id", s."unitId", s."key", s."name", s."cadence", s."hidden", s."createdAt", l."last", l."next"
  FROM s LEFT JOIN l ON l."columnId" = s."id" ORDER BY s."unitId", s."sort", s."id"`;

const units = `SELECT u."id", u."name", u."path", u."depth" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2
  AND u."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Column" c WHERE c."unitId" = u."id") ORDER BY u."path"`;

/** An instant as each database compares it with a stored DateTime (as the service binds it). */
const instantAs = {
  sqlite: sqliteDateText,
  postgresql: (at: Date) => at.toISOString().replace('T', ' ').replace('Z', ''),
};

const floor = (provider: 'sqlite' | 'postgresql'): FloorQuery => ({
  sql: () => [columns(publications), units],
  params: (caller) => [...subtreeParams(caller), instantAs[provider](new Date())],
});

export const freshnessBoardFloor = { sqlite: floor('sqlite'), postgresql: floor('postgresql') };

// The summary's breakdown: the units directly below the caller's unit, in their order.
const below = (caller: BenchCaller) => `SELECT u."id", u."name", u."path" FROM "Unit" u
  WHERE u."parentId" = ${Math.trunc(caller.unitId)} AND u."archivedAt" IS NULL ORDER BY u."sort", u."id"`;

// The summary's articles published month by month: the subtree's articles not in the recycle bin first published in
// each of the twelve months to today's, from $4 (the first month's start, midnight in Asia/Shanghai) to $16 (the
// start of the month after today's), unit by unit over each unit's (unitId, publishedAt, ...) index.
const monthCounts = Array.from(
  { length: 12 },
  (_, i) => `count(CASE WHEN a."publishedAt" >= $${i + 4} AND a."publishedAt" < $${i + 5} THEN 1 END) AS "m${i}"`,
).join(', ');
const publishedByMonth = `SELECT ${monthCounts} FROM "Unit" u CROSS JOIN "Article" a WHERE a."unitId" = u."id"
  AND u."path" >= $1 AND u."path" < $2 AND a."publishedAt" >= $4 AND a."publishedAt" < $16 AND a."deletedAt" IS NULL`;

const summaryFloor = (provider: 'sqlite' | 'postgresql'): FloorQuery => ({
  sql: (caller) => [columns(publications), units, below(caller), publishedByMonth],
  params: (caller) => {
    const now = new Date();
    const bounds = monthStartInstants(lastTwelveMonths(calendarDay(now)));
    return [...subtreeParams(caller), instantAs[provider](now), ...bounds.map(instantAs[provider])];
  },
});

/**
 * The overview card's summary: what the board is judged from, the units below to break it down by, and the articles
 * published in each of the last twelve months.
 */
export const freshnessSummaryFloor = { sqlite: summaryFloor('sqlite'), postgresql: summaryFloor('postgresql') };
