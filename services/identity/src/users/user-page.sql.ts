// The users list's side of a scoped page (see scopedPage in @strata/api): the table, the conditions its filter
// names and its sort keys, as reviewed SQL. Each sort key has its two indexes (models/identity.prisma).
import { inSubtrees, type PageRows, type PageSource, reviewedSql, type Scope, valueList } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { AccountFacts, UserFilter, UserWithRelations } from './user-schemas';

const sortKeys = {
  username: reviewedSql`r."username"`,
  displayName: reviewedSql`r."displayName"`,
  createdAt: reviewedSql`r."createdAt"`,
  lastSignInAt: reviewedSql`r."lastSignInAt"`,
} as const satisfies Record<UserFilter['sort'], Prisma.Sql>;

/** Accounts among `usernames` (none when the list is empty). */
const named = (usernames: string[]) =>
  usernames.length ? reviewedSql`r."username" IN (${valueList(usernames)})` : reviewedSql`1 = 0`;

/** The status filter; locked comes from the sign-in counters (`locked`: every account locked now), not the row. */
function statusConditions(status: UserFilter['status'], locked: string[]): Prisma.Sql[] {
  if (status === undefined) return [];
  if (status === 'disabled') return [reviewedSql`r."disabledAt" IS NOT NULL`];
  if (status === 'locked') return [reviewedSql`r."disabledAt" IS NULL`, named(locked)];
  return [reviewedSql`r."disabledAt" IS NULL`, ...(locked.length ? [reviewedSql`NOT (${named(locked)})`] : [])];
}

/**
 * Accounts narrowed by the filter. A role counts where the reader can see it: a grant outside the scope neither
 * matches nor shows. Accounts that never signed in come last in either order.
 */
export function accounts(scope: Scope, filter: UserFilter, locked: string[]): PageSource {
  const search = filter.search ? `%${literalContains(filter.search)}%` : undefined;
  const roleRoots = scope.roots('user.read');
  return {
    table: reviewedSql`"User" r`,
    where: [
      ...(search ? [reviewedSql`(r."username" LIKE ${search} OR r."displayName" LIKE ${search})`] : []),
      ...(filter.role
        ? [
            roleRoots.length
              ? reviewedSql`EXISTS (SELECT 1 FROM "Grant" g CROSS JOIN "Unit" gu WHERE g."userId" = r."id" AND gu."id" = g."unitId" AND g."role" = ${filter.role} AND (${inSubtrees(reviewedSql`gu."path"`, roleRoots)}))`
              : reviewedSql`1 = 0`,
          ]
        : []),
      ...statusConditions(filter.status, locked),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
    nullsLast: filter.sort === 'lastSignInAt',
  };
}

type UserRow = Omit<UserWithRelations, 'unit' | 'grants'> & {
  unitName: string;
  grantId: number | null;
  grantRole: string | null;
  grantUnitId: number | null;
  grantUnitName: string | null;
  grantTotal: unknown;
  locked: unknown;
};

/**
 * What the list shows of each account: its unit's name and the grants the reader may see (any in their user.read
 * scope, wherever the list is narrowed to), one row per grant; and two facts from outside the reader's scope,
 * never more than a count and a flag: how many grants it holds in all, and whether it is locked now (its sign-in
 * counter, keyed "user:<username>" as accountKey writes it: usernames are stored lower-case ASCII).
 */
export function userRows(scope: Scope, now: Date): PageRows<UserRow, UserWithRelations & Required<AccountFacts>> {
  const roots = scope.roots('user.read');
  const grantsInScope = roots.length
    ? reviewedSql`g."unitId" IN (SELECT gs."id" FROM "Unit" gs WHERE ${inSubtrees(reviewedSql`gs."path"`, roots)})`
    : reviewedSql`1 = 0`;
  return {
    columns: reviewedSql`r."id" AS "id", r."username" AS "username", r."displayName" AS "displayName", r."unitId" AS "unitId", r."disabledAt" AS "disabledAt", r."lastSignInAt" AS "lastSignInAt", n."name" AS "unitName", g."id" AS "grantId", g."role" AS "grantRole", g."unitId" AS "grantUnitId", gu."name" AS "grantUnitName", (SELECT count(*) FROM "Grant" gt WHERE gt."userId" = r."id") AS "grantTotal", EXISTS (SELECT 1 FROM "SignInCounter" sc WHERE sc."key" = 'user:' || r."username" AND sc."lockedUntil" > ${now}) AS "locked"`,
    joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "Grant" g ON g."userId" = r."id" AND ${grantsInScope} LEFT JOIN "Unit" gu ON gu."id" = g."unitId"`,
    orderWithin: reviewedSql`g."id"`,
    item: (rows) => {
      const [first] = rows as [UserRow];
      return {
        id: first.id,
        username: first.username,
        displayName: first.displayName,
        unitId: first.unitId,
        unit: { name: first.unitName },
        disabledAt: first.disabledAt,
        lastSignInAt: first.lastSignInAt,
        // count(*) and EXISTS come back as bigint or integer on SQLite, bigint and boolean on PostgreSQL.
        grantTotal: Number(first.grantTotal),
        locked: Number(first.locked) > 0,
        grants: rows.flatMap((g) =>
          g.grantId === null
            ? []
            : [
                {
                  id: g.grantId,
                  role: g.grantRole as string,
                  unitId: g.grantUnitId as number,
                  unit: { name: g.grantUnitName as string },
                },
              ],
        ),
      };
    },
  };
}
