// The statistics' statements, each over a unit's subtree (its units by their paths) and grouped by unit, read from
// what is kept small for them: HourTotal (approved minutes by certifying unit, team and month) and
// VolunteerServiceYear (a row per volunteer active in a year, under the volunteer's unit), never every entry. Only
// the minutes awaiting a decision read entries: the (year, status, unitId) index's pending and appealed ranges. The
// unit was looked up through the caller's scope first. Sums come back as text (bigint) on PostgreSQL: read them with
// Number().
import { type CheckedUnit, inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

type Num = number | bigint | string | null;

const subtree = (unit: CheckedUnit): Prisma.Sql =>
  reviewedSql`(SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])})`;

export const subtreeUnits = (db: Db, unit: CheckedUnit) =>
  queryReviewed<{ id: number; parentId: number | null; path: string; name: string; sort: number }>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."parentId" AS "parentId", u."path" AS "path", u."name" AS "name", u."sort" AS "sort" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])}`,
  );

/** Registered volunteers (active) per unit. */
export const volunteersPerUnit = (db: Db, unit: CheckedUnit) =>
  queryReviewed<{ unitId: number; n: Num }>(
    db,
    reviewedSql`SELECT v."unitId" AS "unitId", count(*) AS "n" FROM "Volunteer" v WHERE v."unitId" IN ${subtree(unit)} AND v."status" = 'active' GROUP BY v."unitId"`,
  );

/** Volunteers with approved hours in the year, per the volunteer's unit. */
export const activePerUnit = (db: Db, unit: CheckedUnit, year: number) =>
  queryReviewed<{ unitId: number; n: Num }>(
    db,
    reviewedSql`SELECT y."unitId" AS "unitId", count(*) AS "n" FROM "VolunteerServiceYear" y WHERE y."year" = ${year} AND y."unitId" IN ${subtree(unit)} GROUP BY y."unitId"`,
  );

/** Activities starting in [start, end) and not cancelled, per unit. */
export const activitiesPerUnit = (db: Db, unit: CheckedUnit, start: Date, end: Date) =>
  queryReviewed<{ unitId: number; n: Num }>(
    db,
    reviewedSql`SELECT a."unitId" AS "unitId", count(*) AS "n" FROM "Activity" a WHERE a."unitId" IN ${subtree(unit)} AND a."startsAt" >= ${start} AND a."startsAt" < ${end} AND a."status" <> 'cancelled' GROUP BY a."unitId"`,
  );

/** Approved minutes and entries per certifying unit and month, over the months [from, to]. */
export const minutesPerUnitMonth = (db: Db, unit: CheckedUnit, from: string, to: string) =>
  queryReviewed<{ unitId: number; month: string; minutes: Num; entries: Num }>(
    db,
    reviewedSql`SELECT t."unitId" AS "unitId", t."month" AS "month", sum(t."minutes") AS "minutes", sum(t."entries") AS "entries" FROM "HourTotal" t WHERE t."unitId" IN ${subtree(unit)} AND t."month" >= ${from} AND t."month" <= ${to} GROUP BY t."unitId", t."month"`,
  );

/** The teams with the most approved minutes over the months [from, to], with their names and units. */
export const topTeams = (db: Db, unit: CheckedUnit, from: string, to: string, limit: number) =>
  queryReviewed<{ teamId: number; name: string; unitName: string; minutes: Num }>(
    db,
    reviewedSql`SELECT s."teamNo" AS "teamId", m."name" AS "name", n."name" AS "unitName", s."minutes" AS "minutes" FROM (SELECT t."teamNo" AS "teamNo", sum(t."minutes") AS "minutes" FROM "HourTotal" t WHERE t."unitId" IN ${subtree(unit)} AND t."month" >= ${from} AND t."month" <= ${to} AND t."teamNo" <> 0 GROUP BY t."teamNo") s JOIN "VolunteerTeam" m ON m."id" = s."teamNo" JOIN "Unit" n ON n."id" = m."unitId" ORDER BY s."minutes" DESC, s."teamNo" LIMIT ${integerLiteral(limit)}`,
  );

/** Minutes awaiting a decision (pending or appealed) in the year. */
export async function pendingMinutes(db: Db, unit: CheckedUnit, year: number) {
  const [row] = await queryReviewed<{ minutes: Num }>(
    db,
    reviewedSql`SELECT sum(e."minutes") AS "minutes" FROM "HourEntry" e WHERE e."year" = ${year} AND e."status" IN ('pending', 'appealed') AND e."unitId" IN ${subtree(unit)}`,
  );
  return Number(row?.minutes ?? 0);
}
