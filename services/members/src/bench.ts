// The members team's cases for `npm run bench`, each for the unit the switcher points at, beside its floor written by
// hand: the registry as it opens (members on the registry, by name: the same page and total; the answer masks each
// row's ID number and phone, the floor reads the same sealed columns and leaves them be, so the ratio carries the
// masking's cost), the unit map (the subtree's units with their places, and the registry counted per unit, stage
// and status: the figures summed up the tree in code are the answer's work on top), the live statistics counted anew
// for every request (each asks for another period, so the memo never answers; the floor counts the same dimensions
// in five plain statements) and the development pipeline (the counts by stage and the four lists of who is due).
import {
  type BenchCaller,
  type BenchCase,
  type FloorProvider,
  type FloorQuery,
  instantLiteral,
  scopedListFloor,
  subtreeParams,
} from '@strata/api';
import {
  activeMemberStatuses,
  lastTwelveMonths,
  memberEducations,
  memberGenders,
  memberOccupations,
} from '@strata/contract';
import { calendarDay, dayNumber, dayText, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { pipelineCutoffs, pipelineRules } from './lifecycle/lifecycle-rules';
import { ageBounds, cutoffsOn, yearBounds } from './stats/member-bands';

/** Members on the registry: active and floating, as the list's default filter says. */
const current = `(r."status" IN ('active', 'floating')) = TRUE`;

const memberRows = (orderBy: string) => `SELECT r."id", r."unitId", n."name" AS "unitName", n."path" AS "unitPath",
  r."name", r."gender", r."birthDate", r."ethnicity", r."education", r."occupation", r."stage", r."status",
  r."appliedOn", r."activistOn", r."candidateOn", r."probationaryOn", r."probationEndsOn", r."fullOn", r."idNumber", r."phone", '' AS "address", r."updatedAt"
  FROM p JOIN "Member" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId" ORDER BY ${orderBy}`;

const inSubtree = (t: string) => `${t}."path" >= $1 AND ${t}."path" < $2`;

/** The map's two reads by hand: the subtree's units with their places, and its members counted per unit and stage. */
const mapFloor: FloorQuery = {
  sql: (caller) => [
    `SELECT u."id", u."parentId", u."kind", u."name", u."path", u."latitude", u."longitude", u."boundary", u."siteCode",
      u."archivedAt" IS NOT NULL AS "archived" FROM "Unit" u WHERE ${inSubtree('u')} ORDER BY u."depth", u."sort", u."id"`,
    caller.role === 'municipal'
      ? `SELECT m."unitId", m."stage", m."status", count(*) FROM "Member" m WHERE ${current.replaceAll('r.', 'm.')}
        GROUP BY m."unitId", m."stage", m."status"`
      : `SELECT m."unitId", m."stage", m."status", count(*) FROM "Member" m WHERE ${current.replaceAll('r.', 'm.')}
        AND m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtree('u')}) GROUP BY m."unitId", m."stage", m."status"`,
  ],
  params: subtreeParams,
};

/** The caller's members: every row for the whole tree, else those of the subtree's units (by path, $1 and $2). */
const membersOf = (caller: BenchCaller) =>
  caller.role === 'municipal' ? '1 = 1' : `m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtree('u')})`;
const isCurrent = `m."status" IN (${activeMemberStatuses.map((s) => `'${s}'`).join(', ')})`;
/** One count per value, as separate columns (the service folds them into one text column per dimension). */
const countEach = (column: string, values: readonly string[], also = '1 = 1') =>
  values.map((v, i) => `count(*) FILTER (WHERE ${also} AND ${column} = '${v}') AS "${column.replace(/\W/g, '')}${i}"`);
const countAfter = (column: string, cutoffs: readonly string[], also = '1 = 1') =>
  cutoffs.map((c, i) => `count(*) FILTER (WHERE ${also} AND ${column} > '${c}') AS "${column.replace(/\W/g, '')}${i}"`);
/** The period the bench's statistics count flows over: the year up to today (the requests ask for longer ones). */
const lastYear = (today: string) => dayText(dayNumber(today) - 365);

const statsFloor = (provider: FloorProvider): FloorQuery => ({
  sql: (caller) => {
    const today = calendarDay(new Date());
    const [from, to] = [lastYear(today), today];
    const flowed = `(m."probationaryOn" BETWEEN '${from}' AND '${to}' OR m."fullOn" BETWEEN '${from}' AND '${to}' OR m."leftOn" BETWEEN '${from}' AND '${to}')`;
    const ends =
      caller.role === 'municipal'
        ? '1 = 1'
        : `(t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtree('u')}) OR t."toUnitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtree('u')}))`;
    return [
      `SELECT u."id", u."path", u."parentId", u."name" FROM "Unit" u WHERE ${inSubtree('u')} ORDER BY u."path"`,
      `SELECT m."unitId", m."stage", count(*) FROM "Member" m WHERE ${isCurrent} AND ${membersOf(caller)} GROUP BY m."unitId", m."stage"`,
      `SELECT count(*) AS "total", ${[...countEach('m."gender"', memberGenders), ...countEach('m."education"', memberEducations), ...countAfter('m."birthDate"', cutoffsOn(today, ageBounds))].join(', ')} FROM "Member" m WHERE ${isCurrent} AND ${membersOf(caller)}`,
      `SELECT m."ethnicity", CASE WHEN ${flowed} THEN m."unitId" END AS "flowUnitId", CASE WHEN ${flowed} THEN m."status" END AS "flowStatus", count(*) FILTER (WHERE ${isCurrent}) AS "current", ${[...countEach('m."occupation"', memberOccupations, isCurrent), ...countAfter('m."probationaryOn"', cutoffsOn(today, yearBounds), isCurrent)].join(', ')}, count(*) FILTER (WHERE ${isCurrent} AND m."probationaryOn" IS NOT NULL) AS "admitted", count(*) FILTER (WHERE m."probationaryOn" BETWEEN '${from}' AND '${to}') AS "recruited", count(*) FILTER (WHERE m."fullOn" BETWEEN '${from}' AND '${to}') AS "converted", count(*) FILTER (WHERE m."leftOn" BETWEEN '${from}' AND '${to}') AS "left" FROM "Member" m WHERE (${isCurrent} OR ${flowed}) AND ${membersOf(caller)} GROUP BY 1, 2, 3`,
      `SELECT substr(m."probationaryOn", 1, 7) AS "month", count(*) FROM "Member" m
        WHERE m."probationaryOn" >= '${lastTwelveMonths(today)[0]}-01' AND ${membersOf(caller)} GROUP BY 1`,
      `SELECT t."unitId", t."toUnitId", count(*) FROM "Transfer" t WHERE ((t."state" = 'confirmed' AND t."decidedAt" >= ${instantLiteral(provider, startOfCalendarDay(from))} AND t."decidedAt" < ${instantLiteral(provider, startOfCalendarDay(nextCalendarDay(to)))}) OR (t."toUnitId" IS NULL AND t."issuedOn" BETWEEN '${from}' AND '${to}')) AND ${ends} GROUP BY t."unitId", t."toUnitId"`,
    ];
  },
  params: subtreeParams,
});

/** The overview card's stages by hand: the subtree's units, its current members per unit and stage, its recruits. */
const stagesFloor: FloorQuery = {
  sql: (caller) => {
    const today = calendarDay(new Date());
    const since = `${lastTwelveMonths(today)[0]}-01`;
    return [
      `SELECT u."id", u."path", u."parentId", u."name" FROM "Unit" u WHERE ${inSubtree('u')} ORDER BY u."path"`,
      `SELECT m."unitId", m."stage", count(*) FROM "Member" m WHERE ${isCurrent} AND ${membersOf(caller)} GROUP BY m."unitId", m."stage"`,
      `SELECT m."unitId", substr(m."probationaryOn", 1, 7), count(*) FROM "Member" m WHERE m."probationaryOn" >= '${since}' AND ${membersOf(caller)} GROUP BY 1, 2`,
    ];
  },
  params: subtreeParams,
};

/** The pipeline by hand: the counts by stage, then each list's first rows in its order with the list's count. */
const pipelineFloor: FloorQuery = {
  sql: (caller) => {
    const today = calendarDay(new Date());
    const b = pipelineCutoffs(today);
    const list = (where: string, order: string) =>
      `SELECT m."id", m."name", m."unitId", n."name" AS "unitName", m."stage", m."appliedOn", m."activistOn", m."probationaryOn", m."probationEndsOn", count(*) OVER () AS "total" FROM "Member" m JOIN "Unit" n ON n."id" = m."unitId" WHERE ${isCurrent} AND ${membersOf(caller)} AND ${where} ORDER BY ${order}, m."id" LIMIT ${pipelineRules.listLimit}`;
    return [
      `SELECT m."stage", count(*) FROM "Member" m WHERE ${isCurrent} AND ${membersOf(caller)} GROUP BY m."stage"`,
      list(`m."stage" = 'activist' AND m."activistOn" <= '${b.activistSinceAtMost}'`, 'm."activistOn"'),
      list(
        `m."stage" = 'probationary' AND m."probationEndsOn" >= '${today}' AND m."probationEndsOn" <= '${b.conversionDueBy}'`,
        'm."probationEndsOn"',
      ),
      list(`m."stage" = 'probationary' AND m."probationEndsOn" < '${today}'`, 'm."probationEndsOn"'),
      list(`m."stage" = 'applicant' AND m."appliedOn" <= '${b.appliedAtMost}'`, 'm."appliedOn"'),
    ];
  },
  params: subtreeParams,
};

export const membersBenchCases: readonly BenchCase[] = [
  {
    name: 'members.registry.list',
    procedure: 'members.registry.list',
    input: (caller) => ({ unitId: caller.unitId, page: 1, pageSize: 20 }),
    floor: scopedListFloor({
      table: '"Member" r',
      where: [current],
      key: 'r."nameKey"',
      order: 'ASC',
      select: memberRows,
    }),
  },
  {
    name: 'members.map.units',
    procedure: 'members.map.units',
    input: (caller) => ({ unitId: caller.unitId, figure: 'members' }),
    floor: { sqlite: mapFloor, postgresql: mapFloor },
    // The map is the whole subtree by design: every unit, in tree order.
    wholeScope: true,
  },
  {
    name: 'members.stats.live',
    procedure: 'members.stats.live',
    // A period a day longer per request: every request counts anew (the flows differ, the memo's key too).
    input: (caller, n) => {
      const today = calendarDay(new Date());
      return { unitId: caller.unitId, from: dayText(dayNumber(lastYear(today)) - n), to: today };
    },
    floor: { sqlite: statsFloor('sqlite'), postgresql: statsFloor('postgresql') },
    fresh: true,
    wholeScope: true,
  },
  {
    name: 'members.stats.stages',
    procedure: 'members.stats.stages',
    input: (caller) => ({ unitId: caller.unitId }),
    floor: { sqlite: stagesFloor, postgresql: stagesFloor },
    // The overview card: the whole subtree's counts by design.
    wholeScope: true,
  },
  {
    name: 'members.lifecycle.pipeline',
    procedure: 'members.lifecycle.pipeline',
    input: (caller) => ({ unitId: caller.unitId }),
    floor: { sqlite: pipelineFloor, postgresql: pipelineFloor },
  },
];
