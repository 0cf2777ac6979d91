// The portal's cases for `npm run bench`: pages loaded without a session, each beside the same bytes served as a
// static file by a bare Fastify (the harness's page floor). Each caller loads a page of its own unit's site: the
// municipality's, a township's, a branch's, so the cost follows a site's size (a township's columns hold far more
// than a branch's, and more placements). Plain SQL for both databases picks the page.
import type { BenchCaller, PageBenchCase } from '@strata/api';

const unitParam = (caller: BenchCaller) => [caller.unitId] as const;
const site = `'/site/' || u."siteCode"`;
/** Live without a window, so the page stays the same for the whole run. */
const liveOwn = `a."status" = 'published' AND a."deletedAt" IS NULL AND a."publishAt" IS NULL AND a."unpublishAt" IS NULL`;

export const portalBenchCases: readonly PageBenchCase[] = [
  {
    // The newest live article of the site's busiest visible column.
    name: 'portal.article',
    page: {
      sql: `SELECT ${site} || '/article/' || CAST(a."id" AS TEXT) AS "path" FROM "Unit" u JOIN "Column" c ON c."unitId" = u."id" AND c."hidden" = FALSE JOIN "Article" a ON a."columnId" = c."id" WHERE u."id" = $1 AND ${liveOwn} ORDER BY a."siteAt" DESC, a."id" DESC LIMIT 1`,
      params: unitParam,
    },
    floor: 'static',
  },
  {
    // The first page of the site's visible column with the most live articles of its own.
    name: 'portal.column',
    page: {
      sql: `SELECT ${site} || '/column/' || CAST(c."id" AS TEXT) AS "path" FROM "Unit" u JOIN "Column" c ON c."unitId" = u."id" AND c."hidden" = FALSE WHERE u."id" = $1 ORDER BY (SELECT count(*) FROM "Article" a WHERE a."columnId" = c."id" AND ${liveOwn}) DESC, c."id" LIMIT 1`,
      params: unitParam,
    },
    floor: 'static',
  },
  {
    // The same article page, asked anew every time: rendered from the database, never from the one-second memo.
    name: 'portal.article:fresh',
    page: {
      sql: `SELECT ${site} || '/article/' || CAST(a."id" AS TEXT) AS "path" FROM "Unit" u JOIN "Column" c ON c."unitId" = u."id" AND c."hidden" = FALSE JOIN "Article" a ON a."columnId" = c."id" WHERE u."id" = $1 AND ${liveOwn} ORDER BY a."siteAt" DESC, a."id" DESC LIMIT 1`,
      params: unitParam,
    },
    floor: 'static',
    fresh: true,
  },
  {
    // The same column page, asked anew every time.
    name: 'portal.column:fresh',
    page: {
      sql: `SELECT ${site} || '/column/' || CAST(c."id" AS TEXT) AS "path" FROM "Unit" u JOIN "Column" c ON c."unitId" = u."id" AND c."hidden" = FALSE WHERE u."id" = $1 ORDER BY (SELECT count(*) FROM "Article" a WHERE a."columnId" = c."id" AND ${liveOwn}) DESC, c."id" LIMIT 1`,
      params: unitParam,
    },
    floor: 'static',
    fresh: true,
  },
  {
    name: 'portal.home',
    page: { sql: `SELECT ${site} || '/' AS "path" FROM "Unit" u WHERE u."id" = $1`, params: unitParam },
    floor: 'static',
  },
  {
    // Search over the site and every site below it (the municipality's is the whole network) for 宣誓, a word in
    // about one title in sixteen: 12,000 matches at xl. Asked anew every time, as searches are.
    name: 'portal.search',
    page: {
      sql: `SELECT ${site} || '/search?q=%E5%AE%A3%E8%AA%93' AS "path" FROM "Unit" u WHERE u."id" = $1`,
      params: unitParam,
    },
    floor: 'static',
    fresh: true,
  },
  {
    // A rarer query of two words, 城关 宣誓: a place and an act, matched together.
    name: 'portal.search:two-words',
    page: {
      sql: `SELECT ${site} || '/search?q=%E5%9F%8E%E5%85%B3%20%E5%AE%A3%E8%AA%93' AS "path" FROM "Unit" u WHERE u."id" = $1`,
      params: unitParam,
    },
    floor: 'static',
    fresh: true,
  },
];
