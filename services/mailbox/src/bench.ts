// The mailbox team's cases for `npm run bench`: the letter queue as handlers open it (open letters by deadline, the
// default), its overdue and escalated views, every letter by receipt, and the members' board as a moderator opens it,
// each beside its floor (the same answer as hand-written SQL). Each asks as the console does, for the unit the
// switcher points at: the caller's own.
import {
  type BenchCaller,
  type BenchCase,
  type FloorProvider,
  type FloorQuery,
  instantLiteral,
  scopedCountFloor,
  scopedListFloor,
  subtreeParams,
} from '@strata/api';
import { calendarDay, dayNumber, dayText, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';

type Provider = FloorProvider;
type Floor = { sqlite: FloorQuery; postgresql: FloorQuery };

/** Now, as each database stores a DateTime (UTC: ISO text on SQLite, timestamp(3) without a zone on PostgreSQL). */
const utcNow: Record<Provider, string> = {
  sqlite: `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`,
  postgresql: `(now() AT TIME ZONE 'UTC')`,
};

/** A page's rows as the list reads them (letter-page.sql.ts): never the body or the submitter. */
const letterRows = (orderBy: string) => `SELECT r."id", r."kind", r."title", r."status", r."unitId",
  n."name" AS "unitName", n."parentId", a."name" AS "parentName", r."siteUnitId", r."receivedAt", r."dueDate", r."dueAt",
  r."dueSoonAt", r."repliedAt", r."extensionState"
  FROM p JOIN "Letter" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId"
  LEFT JOIN "Unit" a ON a."id" = n."parentId" ORDER BY ${orderBy}`;

/** The list's floor for one database, its conditions written for that database (and the caller, where they name it). */
function letterFloor(
  key: string,
  order: 'ASC' | 'DESC',
  where: (provider: Provider, caller: BenchCaller) => string[],
): Floor {
  // scopedListFloor writes the statements in the shape that suits the caller; its conditions are fixed strings, so
  // they are written per caller here.
  const floor = (provider: Provider): FloorQuery => ({
    sql: (caller) => {
      const statements = scopedListFloor({
        table: '"Letter" r',
        where: where(provider, caller),
        key,
        order,
        select: letterRows,
      })[provider].sql;
      return typeof statements === 'function' ? statements(caller) : statements;
    },
    params: subtreeParams,
  });
  return { sqlite: floor('sqlite'), postgresql: floor('postgresql') };
}

const overdue = (provider: Provider) => `r."openDueAt" <= ${utcNow[provider]}`;

/** The board's default order: pinned first, then by last activity (its list index, walked backwards). */
const boardOrder = (t: string) => `${t}."pinned" DESC, ${t}."lastPostAt" DESC, ${t}."id" DESC`;

/** The board's total as the list counts it: every topic of the caller's subtree, up to the list's bound. */
const boardCount = scopedCountFloor('"BoardTopic" r', [[]]);

/**
 * The board's list as a moderator of the whole scope reads it (every topic there, hidden and held ones flagged), by
 * hand: the page's ids in the shape that suits the caller (the index walked for the whole tree, each unit's first
 * rows merged for a township or a branch, as the letters' floor does), the page's rows with their unit's and
 * author's names and their replies counted, and the total, counted up to the list's bound (topic-page.sql.ts).
 */
function boardFloor(provider: Provider): FloorQuery {
  const inScope = `u."path" >= $1 AND u."path" < $2`;
  const total = boardCount[provider].sql;
  const page = (caller: BenchCaller) => {
    if (caller.role === 'municipal') return `SELECT r."id" FROM "BoardTopic" r ORDER BY ${boardOrder('r')} LIMIT 20`;
    if (provider === 'sqlite')
      return `SELECT r."id" FROM "Unit" u CROSS JOIN "BoardTopic" r WHERE r."unitId" = u."id" AND ${inScope}
        ORDER BY ${boardOrder('r')} LIMIT 20`;
    return `SELECT x."id" FROM "Unit" u CROSS JOIN LATERAL (SELECT r."id", r."pinned", r."lastPostAt" FROM "BoardTopic" r
      WHERE r."unitId" = u."id" ORDER BY ${boardOrder('r')} LIMIT 20) x WHERE ${inScope} ORDER BY ${boardOrder('x')} LIMIT 20`;
  };
  return {
    sql: (caller) => [
      `WITH p AS MATERIALIZED (${page(caller)}) SELECT r."id", r."unitId", n."name" AS "unitName", r."title",
        a."displayName" AS "authorName", r."createdAt", r."lastPostAt", r."answerDays", r."answerDueDate", r."answerDueAt",
        r."answerDueSoonAt", r."answeredAt", r."pinned", r."closedAt", r."held", r."hiddenAt",
        (SELECT count(*) FROM "BoardPost" b WHERE b."topicId" = r."id") AS "replies"
        FROM p JOIN "BoardTopic" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId"
        JOIN "User" a ON a."id" = r."authorId" ORDER BY ${boardOrder('r')}`,
      ...(typeof total === 'function' ? total(caller) : total),
    ],
    params: subtreeParams,
  };
}

export const mailboxBenchCases: readonly BenchCase[] = [
  {
    // The queue as it opens: open letters, the nearest deadline first.
    name: 'mailbox.letters.list',
    procedure: 'mailbox.letters.list',
    input: (caller) => ({ unitId: caller.unitId, view: 'open', sort: 'dueAt', order: 'asc', page: 1, pageSize: 20 }),
    floor: letterFloor('r."openDueAt"', 'ASC', () => [`r."openDueAt" IS NOT NULL`]),
  },
  {
    name: 'mailbox.letters.list:overdue',
    procedure: 'mailbox.letters.list',
    input: (caller) => ({ unitId: caller.unitId, view: 'overdue', sort: 'dueAt', order: 'asc', page: 1, pageSize: 20 }),
    floor: letterFloor('r."openDueAt"', 'ASC', (provider) => [overdue(provider)]),
  },
  {
    // The caller's own unit's view of the overdue letters one level below it (the console lists it for the unit).
    name: 'mailbox.letters.list:escalated',
    procedure: 'mailbox.letters.list',
    input: (caller) => ({
      unitId: caller.unitId,
      view: 'escalated',
      sort: 'dueAt',
      order: 'asc',
      page: 1,
      pageSize: 20,
    }),
    floor: letterFloor('r."openDueAt"', 'ASC', (provider, caller) => [
      overdue(provider),
      `EXISTS (SELECT 1 FROM "Unit" e WHERE e."id" = r."unitId" AND e."parentId" = ${Math.trunc(caller.unitId)})`,
    ]),
  },
  {
    // Every letter, the latest received first.
    name: 'mailbox.letters.list:all',
    procedure: 'mailbox.letters.list',
    input: (caller) => ({
      unitId: caller.unitId,
      view: 'all',
      sort: 'receivedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    }),
    floor: letterFloor('r."receivedAt"', 'DESC', () => []),
  },
  {
    // The members' board as it opens, pinned topics first, then by last activity. Every role the harness signs in as
    // moderates its scope, so each reads every topic there, hidden and held ones included, with no member's filter.
    name: 'mailbox.board.list',
    procedure: 'mailbox.board.list',
    input: (caller) => ({ unitId: caller.unitId, state: 'all', page: 1, pageSize: 20 }),
    floor: { sqlite: boardFloor('sqlite'), postgresql: boardFloor('postgresql') },
  },
  {
    // A year of statistics for the caller's own unit (the municipality: every letter of the last twelve months).
    name: 'mailbox.stats.letters',
    procedure: 'mailbox.stats.letters',
    input: (caller) => ({ unitId: caller.unitId, ...lastYear() }),
    floor: { sqlite: statsFloor('sqlite'), postgresql: statsFloor('postgresql') },
  },
  {
    // The same, counted anew on every request, as for the first reader after any write: each asks for a period of its
    // own (the year's first and last days moved in by up to 39 days each), more periods than the service keeps.
    name: 'mailbox.stats.letters:fresh',
    procedure: 'mailbox.stats.letters',
    fresh: true,
    input: (caller, n) => {
      const { from, to } = lastYear();
      return {
        unitId: caller.unitId,
        from: dayText(dayNumber(from) + (n % 40)),
        to: dayText(dayNumber(to) - (Math.floor(n / 40) % 40)),
      };
    },
    floor: { sqlite: statsFloor('sqlite'), postgresql: statsFloor('postgresql') },
  },
];

/** The twelve months up to today (Asia/Shanghai), as calendar days. */
function lastYear() {
  const to = calendarDay(new Date());
  return { from: nextCalendarDay(`${Number(to.slice(0, 4)) - 1}${to.slice(4)}`), to };
}

/**
 * The statistics' floor: the same two aggregates over the period's letters of the caller's subtree (every unit's
 * for the municipality), by unit, then by month and kind, written by hand.
 */
function statsFloor(provider: Provider): FloorQuery {
  const instant = (d: Date) => instantLiteral(provider, d);
  return {
    sql: (caller) => {
      const { from, to } = lastYear();
      const start = instant(startOfCalendarDay(from));
      const end = instant(startOfCalendarDay(nextCalendarDay(to)));
      const units =
        caller.role === 'municipal'
          ? ''
          : ` AND r."unitId" IN (SELECT u."id" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2)`;
      const where = `r."receivedAt" >= ${start} AND r."receivedAt" < ${end}${units}`;
      const months = `r."receivedMonth" BETWEEN ${from.slice(0, 7).replace('-', '')} AND ${to.slice(0, 7).replace('-', '')}`;
      const answered = `r."openDueAt" IS NULL AND r."repliedAt" IS NOT NULL`;
      const sums = `count(*) AS "received",
        sum(CASE WHEN r."openDueAt" IS NOT NULL THEN 1 ELSE 0 END) AS "open",
        sum(CASE WHEN ${answered} AND r."repliedAt" < r."dueAt" THEN 1 ELSE 0 END) AS "onTime",
        sum(CASE WHEN ${answered} AND r."repliedAt" >= r."dueAt" THEN 1 ELSE 0 END) AS "late",
        sum(CASE WHEN r."openDueAt" <= ${utcNow[provider]} THEN 1 ELSE 0 END) AS "overdue",
        sum(CASE WHEN r."status" = 'rejected' THEN 1 ELSE 0 END) AS "rejected",
        sum(r."replyWorkingDays") AS "replyDays", count(r."replyWorkingDays") AS "replyCounted",
        sum(CASE WHEN r."rating" = 'satisfied' THEN 1 ELSE 0 END) AS "satisfied",
        sum(CASE WHEN r."rating" = 'basic' THEN 1 ELSE 0 END) AS "basic",
        sum(CASE WHEN r."rating" = 'dissatisfied' THEN 1 ELSE 0 END) AS "dissatisfied"`;
      const topics = `t."createdAt" >= ${start} AND t."createdAt" < ${end} AND t."hiddenAt" IS NULL AND t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${caller.role === 'municipal' ? `u."path" >= '${subtreeParams(caller)[0]}' AND u."path" < '${subtreeParams(caller)[1]}'` : `u."path" >= $1 AND u."path" < $2`})`;
      return [
        `SELECT r."unitId", ${sums} FROM "Letter" r WHERE ${where} GROUP BY r."unitId"`,
        `SELECT r."receivedMonth", r."kind", ${sums} FROM "Letter" r WHERE ${months} AND ${where} GROUP BY r."receivedMonth", r."kind"`,
        // The board's topics of the same period and units (board-figures.sql.ts).
        `SELECT t."unitId", count(*) AS "created",
          sum(CASE WHEN t."answeredAt" IS NOT NULL THEN 1 ELSE 0 END) AS "answered",
          sum(CASE WHEN t."answeredAt" < t."answerDueAt" THEN 1 ELSE 0 END) AS "answeredOnTime",
          sum(CASE WHEN t."answeredAt" IS NULL AND t."answerDueAt" <= ${utcNow[provider]} THEN 1 ELSE 0 END) AS "overdue"
          FROM "BoardTopic" t WHERE ${topics} GROUP BY t."unitId"`,
      ];
    },
    params: (caller) => (caller.role === 'municipal' ? [] : subtreeParams(caller)),
  };
}
