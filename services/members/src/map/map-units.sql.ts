// The unit map's statements: the units of some subtrees with their place on the map, and the active registry counted
// in one grouped read of the members' (unitId, stage, status) index. Counts come back as numbers on SQLite
// and as text or bigint on PostgreSQL: callers read them with Number(). Locking a unit before its location changes
// is PostgreSQL's FOR UPDATE, which Prisma cannot say.
import { inSubtrees, queryReviewed, reviewedSql, valueList } from '@strata/api';
import { type Db, providerOfClient, type Tx } from '@strata/db';
import { countedStatuses, type StageCount } from './map-figures';

type Raw = string | number | bigint | null;

export type MapUnitRow = {
  id: number;
  parentId: number | null;
  kind: string;
  name: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
  boundary: string | null;
  siteCode: string | null;
  archived: boolean | number;
  /** How many units there are in all: the counts need no subtree filter when the map holds every one. */
  everyUnit: Raw;
};

/** The units of the subtrees `roots` (never empty), archived ones too (their members count above them), parents first. */
export function mapUnitRows(db: Db, roots: string[]) {
  return queryReviewed<MapUnitRow>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."parentId" AS "parentId", u."kind" AS "kind", u."name" AS "name", u."path" AS "path", u."latitude" AS "latitude", u."longitude" AS "longitude", u."boundary" AS "boundary", u."siteCode" AS "siteCode", u."archivedAt" IS NOT NULL AS "archived", (SELECT count(*) FROM "Unit") AS "everyUnit" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)} ORDER BY u."depth", u."sort", u."id"`,
  );
}

/**
 * The active registry counted per unit, stage and status: the index's own order, so both databases walk it once
 * without sorting (a FILTERed count per figure took SQLite about three times as long at 100,000 members). `roots`:
 * the subtrees counted, by their units' paths; null counts every unit's members.
 */
export function memberCounts(db: Db, roots: string[] | null) {
  const within =
    roots === null
      ? reviewedSql``
      : reviewedSql` AND m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)})`;
  return queryReviewed<StageCount>(
    db,
    reviewedSql`SELECT m."unitId" AS "unitId", m."stage" AS "stage", m."status" AS "status", count(*) AS "count" FROM "Member" m WHERE m."status" IN (${valueList(countedStatuses)})${within} GROUP BY m."unitId", m."stage", m."status"`,
  );
}

/**
 * Volunteer service approved per unit in the months `fromMonth`..`toMonth` (YYYY-MM), from the volunteers team's
 * totals (HourTotal: a few rows per unit, kept as hours are approved). `roots` as for memberCounts.
 */
export function volunteerMinutes(db: Db, roots: string[] | null, fromMonth: string, toMonth: string) {
  const within =
    roots === null
      ? reviewedSql``
      : reviewedSql` AND h."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)})`;
  return queryReviewed<{ unitId: Raw; minutes: Raw }>(
    db,
    reviewedSql`SELECT h."unitId" AS "unitId", sum(h."minutes") AS "minutes" FROM "HourTotal" h WHERE h."month" >= ${fromMonth} AND h."month" <= ${toMonth}${within} GROUP BY h."unitId"`,
  );
}

/**
 * Locks the unit's row (PostgreSQL, FOR UPDATE) so the location read as "before" is the one replaced. SQLite runs one
 * transaction at a time and needs none. The lock precedes the scope check and reveals nothing.
 */
export async function lockUnit(tx: Tx, unitId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "Unit" WHERE "id" = ${unitId} FOR UPDATE`);
}
