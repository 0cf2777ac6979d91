// The volunteers team's cases for `npm run bench` (issue 12's figures), each beside its floor written by hand:
//  - `volunteers.activities.list`: page 1 of the activities by start, newest first, with their units', teams' names and
//    sign-up counts: the municipal admin's whole tree, and a branch secretary's branch;
//  - `volunteers.records.get`: the service record of the township's volunteer with the most approved minutes (every
//    year of entries, the newest 200 listed), as the township admin;
//  - `volunteers.stats.summary`: the current year of the municipal admin's whole tree, by child unit, from the totals.
// Bulk approval of a thousand entries is a one-shot write instead (bench-operations.ts).
import {
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  type FloorProvider,
  type FloorQuery,
  instantLiteral,
  scopedListFloor,
  subtreeParams,
} from '@strata/api';
import { calendarDay } from '@strata/i18n/days';

const both = (floor: FloorQuery) => ({ sqlite: floor, postgresql: floor });

/** The current year (Asia/Shanghai): the fixture's latest, most of it served. */
const currentYear = () => Number(calendarDay(new Date()).slice(0, 4));

/** A page of activities with the names and live sign-up counts a list row shows (the page's ids in p). */
const activityRows = (orderBy: string) => `SELECT r."id", r."title", r."unitId", n."name" AS "unitName", r."teamId",
  t."name" AS "teamName", r."place", r."startsAt", r."endsAt", r."mode", r."approval", r."capacity", r."placesLeft",
  r."status", c."pending", c."confirmed", c."waitlisted"
  FROM p JOIN "Activity" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId"
  LEFT JOIN "VolunteerTeam" t ON t."id" = r."teamId"
  LEFT JOIN (SELECT s."activityId",
      SUM(CASE WHEN s."status" = 'pending' THEN 1 ELSE 0 END) AS "pending",
      SUM(CASE WHEN s."status" = 'confirmed' THEN 1 ELSE 0 END) AS "confirmed",
      SUM(CASE WHEN s."status" = 'waitlisted' THEN 1 ELSE 0 END) AS "waitlisted"
    FROM "ActivitySignup" s WHERE s."activityId" IN (SELECT p."id" FROM p)
      AND s."status" IN ('pending', 'confirmed', 'waitlisted') GROUP BY s."activityId") c ON c."activityId" = r."id"
  ORDER BY ${orderBy}`;

/** The township's volunteer with the most approved minutes (from the yearly totals, under the volunteer's unit). */
const keenest = {
  sql: `SELECT y."volunteerId" AS "volunteerId" FROM "Unit" u JOIN "VolunteerServiceYear" y ON y."unitId" = u."id"
    WHERE u."path" >= $1 AND u."path" < $2 GROUP BY y."volunteerId" ORDER BY SUM(y."minutes") DESC, y."volunteerId"
    LIMIT 1`,
  params: subtreeParams,
};

/** A volunteer's whole record by hand: $1 the volunteer, $2 and $3 the caller's subtree (the scope check). */
const recordFloor: FloorQuery = {
  sql: [
    `SELECT v."id", v."unitId", v."name", v."joinedOn", v."skills", n."name" AS "unitName" FROM "Volunteer" v
      JOIN "Unit" n ON n."id" = v."unitId" WHERE v."id" = $1 AND n."path" >= $2 AND n."path" < $3`,
    `SELECT e."status", e."teamNo", SUM(e."minutes") AS "minutes", COUNT(*) AS "entries" FROM "HourEntry" e
      WHERE e."volunteerId" = $1 GROUP BY e."status", e."teamNo"`,
    `SELECT t."id", t."name" FROM "VolunteerTeam" t WHERE t."id" IN (SELECT DISTINCT e."teamNo" FROM "HourEntry" e
      WHERE e."volunteerId" = $1 AND e."teamNo" <> 0)`,
    `SELECT e."activityId", a."title", n."name" AS "unitName", e."servedOn", e."minutes", e."status" FROM "HourEntry" e
      JOIN "Activity" a ON a."id" = e."activityId" JOIN "Unit" n ON n."id" = e."unitId" WHERE e."volunteerId" = $1
      ORDER BY e."servedOn" DESC, e."id" DESC LIMIT 200`,
    `SELECT y."year", y."minutes" FROM "VolunteerServiceYear" y WHERE y."volunteerId" = $1 ORDER BY y."year"`,
    `SELECT w."id", w."title", w."awardedOn", w."note" FROM "VolunteerAward" w WHERE w."volunteerId" = $1
      ORDER BY w."awardedOn" DESC, w."id" DESC`,
    `SELECT a."title" AS "activityTitle", t."rating", t."comment" FROM "ActivityAttendance" t
      JOIN "Activity" a ON a."id" = t."activityId" WHERE t."volunteerId" = $1 AND t."rating" IS NOT NULL
      ORDER BY a."startsAt" DESC, t."id" DESC LIMIT 200`,
    `SELECT c."id", c."number", c."minutes", c."fromOn", c."toOn", c."issuedAt", c."revokedAt"
      FROM "VolunteerCertificate" c WHERE c."volunteerId" = $1 ORDER BY c."issuedAt" DESC, c."id" DESC`,
  ],
  params: (caller: BenchCaller, p: BenchPicked) => [Number(p.volunteerId), ...subtreeParams(caller)],
};

/** A year of a subtree ($1, $2) by hand: its units, then each figure per unit from the totals (the service adds up). */
const summaryFloor = (provider: FloorProvider): FloorQuery => ({
  sql: () => {
    const year = currentYear();
    const [from, to] = [`'${year}-01'`, `'${year}-12'`];
    const units = `(SELECT u."id" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2)`;
    const start = new Date(`${year}-01-01T00:00:00+08:00`);
    const end = new Date(`${year + 1}-01-01T00:00:00+08:00`);
    return [
      `SELECT u."id", u."parentId", u."path", u."name", u."sort" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2`,
      `SELECT v."unitId", count(*) AS "n" FROM "Volunteer" v WHERE v."unitId" IN ${units} AND v."status" = 'active'
        GROUP BY v."unitId"`,
      `SELECT y."unitId", count(*) AS "n" FROM "VolunteerServiceYear" y WHERE y."year" = ${year} AND y."unitId" IN ${units}
        GROUP BY y."unitId"`,
      `SELECT a."unitId", count(*) AS "n" FROM "Activity" a WHERE a."unitId" IN ${units}
        AND a."startsAt" >= ${instantLiteral(provider, start)} AND a."startsAt" < ${instantLiteral(provider, end)}
        AND a."status" <> 'cancelled'
        GROUP BY a."unitId"`,
      `SELECT t."unitId", t."month", sum(t."minutes") AS "minutes", sum(t."entries") AS "entries" FROM "HourTotal" t
        WHERE t."unitId" IN ${units} AND t."month" >= ${from} AND t."month" <= ${to} GROUP BY t."unitId", t."month"`,
      `SELECT s."teamNo" AS "teamId", m."name", n."name" AS "unitName", s."minutes" FROM (SELECT t."teamNo",
        sum(t."minutes") AS "minutes" FROM "HourTotal" t WHERE t."unitId" IN ${units} AND t."month" >= ${from}
        AND t."month" <= ${to} AND t."teamNo" <> 0 GROUP BY t."teamNo") s JOIN "VolunteerTeam" m ON m."id" = s."teamNo"
        JOIN "Unit" n ON n."id" = m."unitId" ORDER BY s."minutes" DESC, s."teamNo" LIMIT 20`,
      `SELECT sum(e."minutes") AS "minutes" FROM "HourEntry" e WHERE e."year" = ${year}
        AND e."status" IN ('pending', 'appealed') AND e."unitId" IN ${units}`,
    ];
  },
  params: subtreeParams,
});

export const volunteersBenchCases: readonly BenchCase[] = [
  {
    // The municipal admin's whole tree (no unit named) and a branch secretary's branch.
    name: 'volunteers.activities.list',
    procedure: 'volunteers.activities.list',
    roles: ['municipal', 'branch'],
    input: (caller) => ({
      ...(caller.role === 'branch' ? { unitId: caller.unitId } : {}),
      sort: 'startsAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    }),
    floor: scopedListFloor({
      table: '"Activity" r',
      where: [],
      key: 'r."startsAt"',
      order: 'DESC',
      select: activityRows,
    }),
  },
  {
    name: 'volunteers.records.get',
    procedure: 'volunteers.records.get',
    roles: ['township'],
    pick: keenest,
    input: (_caller, _n, p) => ({ volunteerId: Number(p.volunteerId) }),
    floor: both(recordFloor),
  },
  {
    name: 'volunteers.stats.summary',
    procedure: 'volunteers.stats.summary',
    roles: ['municipal'],
    input: (caller) => ({ unitId: caller.unitId, year: currentYear() }),
    floor: { sqlite: summaryFloor('sqlite'), postgresql: summaryFloor('postgresql') },
  },
];
