// The identity team's cases for `npm run bench`: the users list on its default and every offered sort, the
// audit log and the unit tree, each beside its floor (the same answer as hand-written SQL).
import { type BenchCase, type FloorQuery, scopedListFloor, subtreeParams } from '@strata/api';

const both = (query: FloorQuery) => ({ sqlite: query, postgresql: query });
const inSubtree = (query: Omit<FloorQuery, 'params'>): FloorQuery => ({
  ...query,
  params: (caller) => subtreeParams(caller),
});

const userSorts = ['username', 'displayName', 'createdAt', 'lastSignInAt'] as const;
type UserSort = (typeof userSorts)[number];

/** Now, as each database stores a DateTime (UTC: ISO text on SQLite, timestamp(3) without a zone on PostgreSQL). */
const utcNow = {
  sqlite: `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`,
  postgresql: `(now() AT TIME ZONE 'UTC')`,
};

/**
 * A page of accounts in the subtree with their unit's name and their grants there, and what the list tells of
 * each from outside the scope: how many grants it holds in all, and whether it is locked now.
 */
const userPage = (sort: UserSort) =>
  scopedListFloor({
    table: '"User" r',
    where: [],
    key: `r."${sort}"`,
    order: 'ASC',
    nullsLast: sort === 'lastSignInAt',
    select: (
      orderBy,
      provider,
    ) => `SELECT r."id", r."username", r."displayName", u."name" AS "unitName", r."disabledAt",
        r."lastSignInAt", g."role", gu."name" AS "grantUnitName",
        (SELECT count(*) FROM "Grant" gt WHERE gt."userId" = r."id") AS "grantTotal",
        EXISTS (SELECT 1 FROM "SignInCounter" sc WHERE sc."key" = 'user:' || r."username"
          AND sc."lockedUntil" > ${utcNow[provider]}) AS "locked"
      FROM p JOIN "User" r ON r."id" = p."id" JOIN "Unit" u ON u."id" = r."unitId"
      LEFT JOIN "Grant" g ON g."userId" = r."id"
        AND g."unitId" IN (SELECT "id" FROM "Unit" WHERE "path" >= $1 AND "path" < $2)
      LEFT JOIN "Unit" gu ON gu."id" = g."unitId" ORDER BY ${orderBy}`,
  });

export const identityBenchCases: readonly BenchCase[] = [
  ...userSorts.map(
    (sort): BenchCase => ({
      name: sort === 'username' ? 'identity.users.list' : `identity.users.list:${sort}`,
      procedure: 'identity.users.list',
      input: () => ({ page: 1, pageSize: 20, sort, order: 'asc' }),
      floor: userPage(sort),
    }),
  ),
  {
    name: 'identity.audit.list',
    procedure: 'identity.audit.list',
    input: () => ({ page: 1, pageSize: 20 }),
    floor: scopedListFloor({
      table: '"AuditLog" r',
      where: [],
      key: 'r."id"',
      order: 'DESC',
      select: (orderBy) => `SELECT r.*, a."displayName" AS "actorName", u."name" AS "unitName"
        FROM p JOIN "AuditLog" r ON r."id" = p."id" JOIN "Unit" u ON u."id" = r."unitId"
        LEFT JOIN "User" a ON a."id" = r."actorId" ORDER BY ${orderBy}`,
    }),
  },
  {
    name: 'identity.units.tree',
    procedure: 'identity.units.tree',
    input: () => ({}),
    wholeScope: true,
    floor: both(
      inSubtree({
        sql: [
          `SELECT "id", "parentId", "kind", "name", "path", "depth", "sort", "archivedAt" FROM "Unit"
            WHERE "path" >= $1 AND "path" < $2 AND "archivedAt" IS NULL ORDER BY "depth", "sort", "id"`,
        ],
      }),
    ),
  },
];
