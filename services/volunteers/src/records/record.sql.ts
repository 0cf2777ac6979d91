// A volunteer's service record, read in a few statements on the volunteer's own rows (their entries by the
// (volunteerId, servedOn) index, their years, awards, attendance and certificates by volunteerId), each with the
// names it shows: an activity's title and unit, a team's name, whatever unit they belong to (names, never anyone's
// personal data). Which volunteer is read is the caller's decision: the volunteer was looked up through the scope
// (volunteers.read at the volunteer's unit), or is the caller's own. Read straight from the driver.
import { integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

type Num = number | bigint | string;

/** The record's period: a year's served days, or all of them. */
function period(year: number | undefined): Prisma.Sql {
  return year === undefined
    ? reviewedSql``
    : reviewedSql` AND e."servedOn" >= ${`${year}-01-01`} AND e."servedOn" <= ${`${year}-12-31`}`;
}

/** Minutes and entries by decision and team over the period. */
export const entrySums = (db: Db, volunteerId: number, year: number | undefined) =>
  queryReviewed<{ status: string; teamNo: Num; minutes: Num; entries: Num }>(
    db,
    reviewedSql`SELECT e."status" AS "status", e."teamNo" AS "teamNo", SUM(e."minutes") AS "minutes", COUNT(*) AS "entries" FROM "HourEntry" e WHERE e."volunteerId" = ${volunteerId}${period(year)} GROUP BY e."status", e."teamNo"`,
  );

/** The names of teams, by id. */
export const teamNames = (db: Db, volunteerId: number) =>
  queryReviewed<{ id: number; name: string }>(
    db,
    reviewedSql`SELECT t."id" AS "id", t."name" AS "name" FROM "VolunteerTeam" t WHERE t."id" IN (SELECT DISTINCT e."teamNo" FROM "HourEntry" e WHERE e."volunteerId" = ${volunteerId} AND e."teamNo" <> 0)`,
  );

/** The period's entries, newest served first, at most `limit`. */
export const recentEntries = (db: Db, volunteerId: number, year: number | undefined, limit: number) =>
  queryReviewed<{
    activityId: number;
    title: string;
    unitName: string;
    servedOn: string;
    minutes: number;
    status: string;
  }>(
    db,
    reviewedSql`SELECT e."activityId" AS "activityId", a."title" AS "title", n."name" AS "unitName", e."servedOn" AS "servedOn", e."minutes" AS "minutes", e."status" AS "status" FROM "HourEntry" e JOIN "Activity" a ON a."id" = e."activityId" JOIN "Unit" n ON n."id" = e."unitId" WHERE e."volunteerId" = ${volunteerId}${period(year)} ORDER BY e."servedOn" DESC, e."id" DESC LIMIT ${integerLiteral(limit)}`,
  );

/** The name of the volunteer's unit. */
export const unitName = async (db: Db, unitId: number) =>
  (
    await queryReviewed<{ name: string }>(
      db,
      reviewedSql`SELECT u."name" AS "name" FROM "Unit" u WHERE u."id" = ${unitId}`,
    )
  )[0]?.name ?? '';

/** Approved minutes by year (the totals kept at approval). */
export const serviceYears = (db: Db, volunteerId: number) =>
  queryReviewed<{ year: number; minutes: Num }>(
    db,
    reviewedSql`SELECT y."year" AS "year", y."minutes" AS "minutes" FROM "VolunteerServiceYear" y WHERE y."volunteerId" = ${volunteerId} ORDER BY y."year"`,
  );

export const awardsOf = (db: Db, volunteerId: number) =>
  queryReviewed<{ id: number; title: string; awardedOn: string; note: string }>(
    db,
    reviewedSql`SELECT w."id" AS "id", w."title" AS "title", w."awardedOn" AS "awardedOn", w."note" AS "note" FROM "VolunteerAward" w WHERE w."volunteerId" = ${volunteerId} ORDER BY w."awardedOn" DESC, w."id" DESC`,
  );

/** The organisers' evaluations of the volunteer, newest activity first. */
export const evaluationsOf = (db: Db, volunteerId: number, limit: number) =>
  queryReviewed<{ activityTitle: string; rating: Num; comment: string }>(
    db,
    reviewedSql`SELECT a."title" AS "activityTitle", t."rating" AS "rating", t."comment" AS "comment" FROM "ActivityAttendance" t JOIN "Activity" a ON a."id" = t."activityId" WHERE t."volunteerId" = ${volunteerId} AND t."rating" IS NOT NULL ORDER BY a."startsAt" DESC, t."id" DESC LIMIT ${integerLiteral(limit)}`,
  );

export const certificatesOf = (db: Db, volunteerId: number) =>
  queryReviewed<{
    id: number;
    number: string;
    minutes: number;
    fromOn: string;
    toOn: string;
    issuedAt: string;
    revokedAt: string | null;
  }>(
    db,
    reviewedSql`SELECT c."id" AS "id", c."number" AS "number", c."minutes" AS "minutes", c."fromOn" AS "fromOn", c."toOn" AS "toOn", c."issuedAt" AS "issuedAt", c."revokedAt" AS "revokedAt" FROM "VolunteerCertificate" c WHERE c."volunteerId" = ${volunteerId} ORDER BY c."issuedAt" DESC, c."id" DESC`,
    { instants: 'text' },
  );
