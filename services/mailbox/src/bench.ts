// The mailbox team's cases for `npm run bench`: the letter queue as handlers open it (open letters by deadline, the
// default), its overdue and escalated views, and every letter by receipt, each beside its floor (the same answer as
// hand-written SQL). Each asks as the console does, for the unit the switcher points at: the caller's own.
import { type BenchCaller, type BenchCase, type FloorQuery, scopedListFloor, subtreeParams } from '@strata/api';

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
];
