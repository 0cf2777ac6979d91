// The dues team's cases for `npm run bench`, each beside its floor written by hand (issue 11's figures):
//  - `dues.ledger.list`: a branch's books for last month (the month filter, page 1, 20 rows, newest first) as its
//    secretary and as the township admin above it (target: p95 <= 20 ms at xl); `:all` the same books unfiltered;
//  - `dues.members.list`: a branch's paying members by name with the base in force, the current month and the arrears
//    of the last two years (the page's entries summed per month); `:subtree` a township's or the whole tree's;
//    `:arrears` the same by arrears, the furthest behind first;
//  - `dues.statements.member`: one member's statement (their longest-standing member: every month of the books);
//  - `dues.reports.summary`: a year of the caller's subtree by child unit, from the running totals (target at the
//    municipality: <= 500 ms).
// Verifying a township's chains (seconds, not milliseconds) and assessing a month are one-shot runs instead
// (bench-operations.ts). A branch or member the caller's unit does not name is picked from the database once per
// caller (`pick`): the first branch of its subtree, that branch's longest-standing paying member.
import {
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  type FloorProvider,
  type FloorQuery,
  subtreeParams,
} from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import { payingStages, payingStatuses } from './members/dues-member';
import { monthNumber, monthText } from './rules/member-month';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const paying = (m: string) => `${m}."stage" IN (${list(payingStages)}) AND ${m}."status" IN (${list(payingStatuses)})`;

/** The current month (Asia/Shanghai), and the one before it: the last the fixture's books assessed. */
const currentMonth = () => calendarDay(new Date()).slice(0, 7);
const lastMonth = () => monthText(monthNumber(currentMonth()) - 1);

/** The first branch of the caller's subtree: its own for a branch secretary. */
const firstBranch = {
  sql: `SELECT u."id" AS "unitId", u."path" AS "unitPath" FROM "Unit" u
    WHERE u."path" >= $1 AND u."path" < $2 AND u."kind" = 'branch' ORDER BY u."path" LIMIT 1`,
  params: subtreeParams,
};
/** That branch's longest-standing paying member: a statement with every month of the books. */
const firstMember = {
  sql: `SELECT m."id" AS "memberId", m."unitId" AS "unitId" FROM "Unit" u JOIN "Member" m ON m."unitId" = u."id"
    WHERE u."path" >= $1 AND u."path" < $2 AND u."kind" = 'branch' AND ${paying('m')}
    ORDER BY u."path", m."probationaryOn", m."id" LIMIT 1`,
  params: subtreeParams,
};
const pickedUnit = (p: BenchPicked) => Number(p.unitId);
/** The subtree parameters ($1, $2) of the picked branch. */
const pickedSubtree = (caller: BenchCaller, p: BenchPicked) =>
  subtreeParams({ ...caller, unitPath: String(p.unitPath) });

/** The months the list reads the books over: the last two years, to the current month. */
const twoYears = () => [monthText(monthNumber(currentMonth()) - 24), currentMonth()];

/** A page of a unit's books as entryPage reads it, and its count: $1 the unit, $2 the month (or none). */
const ledgerFloor = (byMonth: boolean): FloorQuery => {
  const month = byMonth ? ` AND e."month" = $2` : '';
  return {
    sql: [
      `SELECT e."seq", e."kind", e."memberId", m."name" AS "memberName", e."month", e."amountFen", e."on",
        e."reversesSeq", c."seq" AS "reversedBySeq", e."counterpartUnitId", k."name" AS "counterpartName", e."receiptNo",
        a."displayName" AS "actorName", e."note", e."at", e."hash"
        FROM "DuesEntry" e LEFT JOIN "Member" m ON m."id" = e."memberId" LEFT JOIN "User" a ON a."id" = e."actorId"
        LEFT JOIN "Unit" k ON k."id" = e."counterpartUnitId"
        LEFT JOIN "DuesEntry" c ON c."unitId" = e."unitId" AND c."reversesSeq" = e."seq"
        WHERE e."unitId" = $1${month} ORDER BY e."seq" DESC LIMIT 20`,
      `SELECT count(*) AS "total" FROM "DuesEntry" e WHERE e."unitId" = $1${month}`,
    ],
    params: (_caller, p) => (byMonth ? [pickedUnit(p), lastMonth()] : [pickedUnit(p)]),
  };
};

/**
 * The page's ids in the shape an expert picks for the caller (as scopedListFloor does): the whole tree walks the name
 * index alone, a township or a branch goes unit by unit (each unit's first rows by its (unitId, nameKey, id) index,
 * merged; PostgreSQL through a LATERAL).
 */
const memberPage = (caller: BenchCaller, provider: FloorProvider) => {
  const order = `r."nameKey", r."id"`;
  if (caller.role === 'municipal')
    return `SELECT r."id" FROM "Member" r WHERE ${paying('r')} ORDER BY ${order} LIMIT 20`;
  const inScope = `u."path" >= $1 AND u."path" < $2`;
  return provider === 'sqlite'
    ? `SELECT r."id" FROM "Unit" u CROSS JOIN "Member" r WHERE u."id" = r."unitId" AND ${inScope} AND ${paying('r')}
        ORDER BY ${order} LIMIT 20`
    : `SELECT x."id" FROM "Unit" u CROSS JOIN LATERAL (SELECT r."id", r."nameKey" FROM "Member" r
        WHERE r."unitId" = u."id" AND ${paying('r')} ORDER BY ${order} LIMIT 20) x
        WHERE ${inScope} ORDER BY x."nameKey", x."id" LIMIT 20`;
};

/**
 * The page's ids by arrears, the furthest behind first (ties by name): every paying member of the subtree with what its
 * unsettled months in the subtree's books leave behind in the window, sorted (no index gives this order).
 */
const arrearsMemberPage = (caller: BenchCaller) => {
  const [since, current] = twoYears().map((m) => `'${m}'`);
  const whole = caller.role === 'municipal';
  const inScope = (column: string) => (whole ? '' : ` AND ${column} >= $1 AND ${column} < $2`);
  return `SELECT r."id" FROM "Member" r JOIN "Unit" u ON u."id" = r."unitId"
    LEFT JOIN (SELECT m."memberId", SUM(m."left") AS "arrears" FROM (SELECT o."memberId", o."month", SUM(o."leftFen") AS "left"
      FROM "DuesUnsettledMonth" o JOIN "Unit" ou ON ou."id" = o."unitId"
      WHERE o."month" >= ${since} AND o."month" < ${current}${inScope('ou."path"')} GROUP BY o."memberId", o."month") m
      WHERE m."left" > 0 GROUP BY m."memberId") a ON a."memberId" = r."id"
    WHERE ${paying('r')}${inScope('u."path"')} ORDER BY COALESCE(a."arrears", 0) DESC, r."nameKey", r."id" LIMIT 20`;
};

/**
 * The paying members of a subtree ($1, $2) by name, a page: each with the base in force in the current month and the
 * current month's entries summed into its standing, and the page's unsettled months of the two years before it
 * (`DuesUnsettledMonth`) into the arrears, in one statement; and the count. The service's own work on top: the month's due from the rules.
 */
const membersSql = (caller: BenchCaller, provider: FloorProvider, byArrears: boolean) => {
  const [since, current] = twoYears().map((m) => `'${m}'`);
  return [
    `WITH p AS MATERIALIZED (${byArrears ? arrearsMemberPage(caller) : memberPage(caller, provider)}),
    s AS (
      SELECT e."memberId", e."month",
        SUM(CASE WHEN e."kind" = 'assessment' THEN e."amountFen" ELSE 0 END) AS "assessed",
        SUM(CASE WHEN e."kind" = 'reduction' THEN e."amountFen" ELSE 0 END) AS "reduced",
        SUM(CASE WHEN e."kind" = 'payment' THEN e."amountFen" ELSE 0 END) AS "paid", 0 AS "left"
      FROM "DuesEntry" e WHERE e."memberId" IN (SELECT p."id" FROM p) AND e."month" = ${current}
        AND e."kind" IN ('assessment', 'reduction', 'payment')
      GROUP BY e."memberId", e."month"
      UNION ALL
      SELECT o."memberId", o."month", 0, 0, 0, SUM(o."leftFen")
      FROM "DuesUnsettledMonth" o WHERE o."memberId" IN (SELECT p."id" FROM p) AND o."month" >= ${since} AND o."month" < ${current}
      GROUP BY o."memberId", o."month")
    SELECT r."id", r."name", r."unitId", u."name" AS "unitName", r."stage", b."category", b."baseFen", b."setFen",
      COALESCE(SUM(s."assessed"), 0) AS "assessedFen", COALESCE(SUM(s."paid"), 0) AS "paidFen",
      COALESCE(SUM(CASE WHEN s."left" > 0 THEN s."left" END), 0) AS "arrearsFen",
      COUNT(CASE WHEN s."left" > 0 THEN 1 END) AS "arrearsMonths"
    FROM p JOIN "Member" r ON r."id" = p."id" JOIN "Unit" u ON u."id" = r."unitId"
      LEFT JOIN "DuesBase" b ON b."id" = (SELECT b2."id" FROM "DuesBase" b2 WHERE b2."memberId" = r."id"
        AND b2."effectiveFrom" <= ${current} ORDER BY b2."effectiveFrom" DESC LIMIT 1)
      LEFT JOIN s ON s."memberId" = r."id"
    GROUP BY r."id", r."name", r."unitId", u."name", r."stage", r."nameKey", b."category", b."baseFen", b."setFen"
    ORDER BY ${byArrears ? '"arrearsFen" DESC, ' : ''}r."nameKey", r."id"`,
    // Counted whole, as the service counts it (its total is no bound).
    caller.role === 'municipal'
      ? `SELECT count(*) AS "total" FROM "Member" r WHERE ${paying('r')}`
      : `SELECT count(*) AS "total" FROM "Unit" u JOIN "Member" r ON r."unitId" = u."id"
        WHERE u."path" >= $1 AND u."path" < $2 AND ${paying('r')}`,
  ];
};
const membersFloor = (subtree: (caller: BenchCaller, p: BenchPicked) => readonly unknown[], byArrears = false) => {
  const floor = (provider: FloorProvider): FloorQuery => ({
    sql: (caller) => membersSql(caller, provider, byArrears),
    params: subtree,
  });
  return { sqlite: floor('sqlite'), postgresql: floor('postgresql') };
};

/** A member's statement by hand: $1 the member, $2 their branch. */
const statementFloor: FloorQuery = {
  sql: [
    `SELECT m."id", m."name", m."unitId", m."stage", m."status", m."probationaryOn", u."name" AS "unitName"
      FROM "Member" m JOIN "Unit" u ON u."id" = m."unitId" WHERE m."id" = $1`,
    `SELECT e."month", e."kind", SUM(e."amountFen") AS "fen" FROM "DuesEntry" e
      WHERE e."unitId" = $2 AND e."memberId" = $1 AND e."kind" IN ('assessment', 'reduction', 'payment', 'extra')
      GROUP BY e."month", e."kind" ORDER BY e."month" DESC`,
    `SELECT b."id", b."effectiveFrom", b."category", b."baseFen", b."setFen", b."source" FROM "DuesBase" b
      WHERE b."memberId" = $1 ORDER BY b."effectiveFrom"`,
    `SELECT p."id", p."receiptNo", p."amountFen", p."paidOn", p."payer" FROM "DuesPayment" p
      WHERE p."memberId" = $1 AND p."unitId" = $2 ORDER BY p."paidOn" DESC, p."id" DESC`,
    `SELECT e."receiptNo" FROM "DuesEntry" e WHERE e."unitId" = $2 AND e."memberId" = $1
      AND e."reversesSeq" IS NOT NULL AND e."kind" IN ('payment', 'extra')`,
    `SELECT r."effectiveFrom", r."rounding", r."categories" FROM "DuesRuleSet" r ORDER BY r."effectiveFrom"`,
  ],
  params: (_caller, p) => [Number(p.memberId), pickedUnit(p)],
};

/** The last twelve months, to last month: a year's report. */
const lastYear = () => [monthText(monthNumber(lastMonth()) - 11), lastMonth()];

/** A year's summary of a subtree ($1, $2) by hand: its units, then the running totals by dues month and by month
 * booked, each summed per unit and kind (the service rolls them up to the children). */
const summaryFloor: FloorQuery = {
  sql: () => {
    const [from, to] = lastYear().map((m) => `'${m}'`);
    const within = `t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2)`;
    return [
      `SELECT u."id", u."path", u."name", u."kind", u."parentId", u."sort" FROM "Unit" u
        WHERE u."path" >= $1 AND u."path" < $2`,
      `SELECT t."unitId", t."kind", SUM(t."amountFen") AS "fen" FROM "DuesTotal" t WHERE ${within}
        AND t."month" >= ${from} AND t."month" <= ${to}
        AND t."kind" IN ('assessment', 'reduction', 'payment', 'remittanceOut', 'remittanceIn') GROUP BY t."unitId", t."kind"`,
      `SELECT t."unitId", t."kind", t."booked", SUM(t."amountFen") AS "fen" FROM "DuesTotal" t WHERE ${within}
        AND t."booked" >= ${from} AND t."booked" <= ${to} AND t."kind" IN ('payment', 'extra')
        GROUP BY t."unitId", t."kind", t."booked"`,
    ];
  },
  params: subtreeParams,
};

const both = (floor: FloorQuery) => ({ sqlite: floor, postgresql: floor });

export const duesBenchCases: readonly BenchCase[] = [
  {
    name: 'dues.ledger.list',
    procedure: 'dues.ledger.list',
    roles: ['branch', 'township'],
    pick: firstBranch,
    input: (_caller, _n, p) => ({ unitId: pickedUnit(p), month: lastMonth(), page: 1, pageSize: 20, order: 'descend' }),
    floor: both(ledgerFloor(true)),
  },
  {
    name: 'dues.ledger.list:all',
    procedure: 'dues.ledger.list',
    roles: ['branch', 'township'],
    pick: firstBranch,
    input: (_caller, _n, p) => ({ unitId: pickedUnit(p), page: 1, pageSize: 20, order: 'descend' }),
    floor: both(ledgerFloor(false)),
  },
  {
    name: 'dues.members.list',
    procedure: 'dues.members.list',
    roles: ['branch', 'township'],
    pick: firstBranch,
    input: (_caller, _n, p) => ({ unitId: pickedUnit(p), sort: 'name', order: 'ascend', page: 1, pageSize: 20 }),
    floor: membersFloor(pickedSubtree),
  },
  {
    name: 'dues.members.list:subtree',
    procedure: 'dues.members.list',
    roles: ['township', 'municipal'],
    input: (caller) => ({ unitId: caller.unitId, sort: 'name', order: 'ascend', page: 1, pageSize: 20 }),
    floor: membersFloor(subtreeParams),
  },
  {
    name: 'dues.members.list:arrears',
    procedure: 'dues.members.list',
    roles: ['township', 'municipal'],
    input: (caller) => ({ unitId: caller.unitId, sort: 'arrears', order: 'descend', page: 1, pageSize: 20 }),
    floor: membersFloor(subtreeParams, true),
  },
  {
    name: 'dues.statements.member',
    procedure: 'dues.statements.member',
    pick: firstMember,
    input: (_caller, _n, p) => ({ memberId: Number(p.memberId) }),
    floor: both(statementFloor),
  },
  {
    // A year of the caller's whole subtree by child unit (the municipality's: issue 11's <= 500 ms).
    name: 'dues.reports.summary',
    procedure: 'dues.reports.summary',
    roles: ['township', 'municipal'],
    input: (caller) => {
      const [from, to] = lastYear();
      return { unitId: caller.unitId, from, to };
    },
    floor: both(summaryFloor),
  },
];
