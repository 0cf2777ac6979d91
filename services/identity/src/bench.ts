// The identity team's cases for `npm run bench`: the users list on its default and every offered sort, the
// audit log and the unit tree, each beside its floor (the same answer as hand-written SQL).
import { type BenchCase, type FloorQuery, subtreeParams } from '@strata/api';

const both = (query: FloorQuery) => ({ sqlite: query, postgresql: query });
const inSubtree = (query: Omit<FloorQuery, 'params'>): FloorQuery => ({
  ...query,
  params: (caller) => subtreeParams(caller),
});

const userSorts = ['username', 'displayName', 'createdAt', 'lastSignInAt'] as const;
type UserSort = (typeof userSorts)[number];
const userOrder = (sort: UserSort) =>
  sort === 'lastSignInAt' ? `s."lastSignInAt" ASC NULLS LAST, s."id" ASC` : `s."${sort}" ASC, s."id" ASC`;

/** A page of accounts in the subtree with their unit's name and their grants there, and the total. */
const userPage = (sort: UserSort): FloorQuery =>
  inSubtree({
    sql: [
      `WITH s AS (SELECT us.*, u."name" AS "unitName" FROM "User" us JOIN "Unit" u ON u."id" = us."unitId"
          WHERE u."path" >= $1 AND u."path" < $2 ORDER BY ${userOrder(sort).replaceAll('s."', 'us."')} LIMIT 20)
        SELECT s."id", s."username", s."displayName", s."unitName", s."disabledAt", s."lastSignInAt",
          g."role", gu."name" AS "grantUnitName"
        FROM s LEFT JOIN "Grant" g ON g."userId" = s."id"
          AND g."unitId" IN (SELECT "id" FROM "Unit" WHERE "path" >= $1 AND "path" < $2)
        LEFT JOIN "Unit" gu ON gu."id" = g."unitId" ORDER BY ${userOrder(sort)}`,
      `SELECT count(*) AS "total" FROM "User" us JOIN "Unit" u ON u."id" = us."unitId" WHERE u."path" >= $1 AND u."path" < $2`,
    ],
  });

export const identityBenchCases: readonly BenchCase[] = [
  ...userSorts.map(
    (sort): BenchCase => ({
      name: sort === 'username' ? 'identity.users.list' : `identity.users.list:${sort}`,
      procedure: 'identity.users.list',
      input: () => ({ page: 1, pageSize: 20, sort, order: 'asc' }),
      floor: both(userPage(sort)),
    }),
  ),
  {
    name: 'identity.audit.list',
    procedure: 'identity.audit.list',
    input: () => ({ page: 1, pageSize: 20 }),
    floor: both(
      inSubtree({
        sql: [
          `SELECT l.*, a."displayName" AS "actorName", u."name" AS "unitName" FROM "AuditLog" l
            JOIN "Unit" u ON u."id" = l."unitId" LEFT JOIN "User" a ON a."id" = l."actorId"
            WHERE u."path" >= $1 AND u."path" < $2 ORDER BY l."at" DESC, l."id" DESC LIMIT 20`,
          `SELECT count(*) AS "total" FROM "AuditLog" l JOIN "Unit" u ON u."id" = l."unitId" WHERE u."path" >= $1 AND u."path" < $2`,
        ],
      }),
    ),
  },
  {
    name: 'identity.units.tree',
    procedure: 'identity.units.tree',
    input: () => ({}),
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
