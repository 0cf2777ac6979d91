// The mailbox team's cases for `npm run bench`: the letter queue as handlers open it (open letters by deadline, the
// default), its overdue and escalated views, and every letter by receipt, each beside its floor (the same answer as
// hand-written SQL). Each asks as the console does, for the unit the switcher points at: the caller's own.
import { type BenchCaller, type BenchCase, type FloorQuery, scopedListFloor, subtreeParams } from '@strata/api';
import { calendarDay, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { monthStartsAfter } from './stats/letter-stats';

type Provider = 'sqlite' | 'postgresql';
type Floor = { sqlite: FloorQuery; postgresql: FloorQuery };

/** Now, as each database stores a DateTime (UTC: ISO text on SQLite, timestamp(3) without a zone on PostgreSQL). */
const utcNow: Record<Provider, string> = {
  sqlite: `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`,
  postgresql: `(now() AT TIME ZONE 'UTC')`,
};

/** A page's rows as the list reads them (letter-page.sql.ts): never the body or the submitter. */
const letterRows = (orderBy: string) => `SELECT r."id", r."kind", r."title", r."status", r."unitId",
  n."name" AS "unitName", n."parentId", r."siteUnitId", r."receivedAt", r."dueDate", r."dueAt", r."dueSoonAt",
  r."repliedAt", r."extensionState"
  FROM p JOIN "Letter" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId" ORDER BY ${orderBy}`;

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
    // A year of statistics for the caller's own unit (the municipality: every letter of the last twelve months).
    name: 'mailbox.stats.letters',
    procedure: 'mailbox.stats.letters',
    input: (caller) => ({ unitId: caller.unitId, ...lastYear() }),
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
 * for the municipality), by unit and kind, then by month, written by hand.
 */
function statsFloor(provider: Provider): FloorQuery {
  const instant = (d: Date) =>
    provider === 'sqlite'
      ? `'${d.toISOString().replace('Z', '+00:00')}'`
      : `TIMESTAMP '${d.toISOString().slice(0, 23)}'`;
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
      const answered = `r."openDueAt" IS NULL AND r."repliedAt" IS NOT NULL`;
      const outcomes = `sum(CASE WHEN ${answered} AND r."repliedAt" < r."dueAt" THEN 1 ELSE 0 END) AS "onTime",
        sum(CASE WHEN ${answered} AND r."repliedAt" >= r."dueAt" THEN 1 ELSE 0 END) AS "late",
        sum(CASE WHEN r."openDueAt" <= ${utcNow[provider]} THEN 1 ELSE 0 END) AS "overdue",
        sum(CASE WHEN r."status" = 'rejected' THEN 1 ELSE 0 END) AS "rejected"`;
      const months = monthStartsAfter(from, to).map((d) => instant(startOfCalendarDay(d)));
      const month = `CASE ${months.map((m, i) => `WHEN r."receivedAt" < ${m} THEN ${i}`).join(' ')} ELSE ${months.length} END`;
      return [
        `SELECT r."unitId", r."kind", count(*) AS "received", sum(CASE WHEN ${answered} THEN 1 ELSE 0 END) AS "answered",
          sum(CASE WHEN r."openDueAt" IS NOT NULL THEN 1 ELSE 0 END) AS "open", ${outcomes},
          sum(r."replyWorkingDays") AS "replyDays", count(r."replyWorkingDays") AS "replyCounted", count(r."rating") AS "rated",
          sum(CASE WHEN r."rating" = 'satisfied' THEN 1 ELSE 0 END) AS "satisfied",
          sum(CASE WHEN r."rating" = 'basic' THEN 1 ELSE 0 END) AS "basic",
          sum(CASE WHEN r."rating" = 'dissatisfied' THEN 1 ELSE 0 END) AS "dissatisfied"
          FROM "Letter" r WHERE ${where} GROUP BY r."unitId", r."kind"`,
        `SELECT ${month} AS "m", count(*) AS "received", ${outcomes} FROM "Letter" r WHERE ${where} GROUP BY 1`,
      ];
    },
    params: (caller) => (caller.role === 'municipal' ? [] : subtreeParams(caller)),
  };
}
