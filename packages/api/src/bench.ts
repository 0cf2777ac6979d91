// What a team adds to `npm run bench`: the procedures to load, and for each the floor, the same answer as
// hand-written SQL. The harness (scripts/bench/harness) calls the procedure through the real gateway as each
// bench role, and the floor behind a bare HTTP route on the same database, in the same run.

import { listCountBound } from '@strata/contract';
import { sqliteDateText } from '@strata/db';
import { subtreePaths } from './scope';

/**
 * Who calls: the municipal admin (everything), a township admin (a township and its branches) and a branch
 * secretary (one branch). The cost of a list must follow what the caller sees, not what exists.
 */
export const benchRoles = ['municipal', 'township', 'branch'] as const;
export type BenchRole = (typeof benchRoles)[number];

/** The caller as the case sees it: the root unit of its grant (the floor's scope filter starts from it). */
export type BenchCaller = { role: BenchRole; username: string; unitId: number; unitPath: string };

/**
 * Raw SQL for one database: statements whose `$1`, `$2`… take `params(caller)`; the floor answers with the
 * rows of each (a list is its page and its total). Quote identifiers as Prisma names them ("Article").
 */
export type FloorQuery = {
  /** The statements, the same for every caller, or chosen per caller (a shape that suits its scope's width). */
  sql: readonly string[] | ((caller: BenchCaller) => readonly string[]);
  params: (caller: BenchCaller, picked: BenchPicked) => readonly unknown[];
};

/** A procedure case's `pick` as read for a caller: its first row (empty for a case without one). */
export type BenchPicked = Readonly<Record<string, unknown>>;

/**
 * A case: a procedure beside its hand-written SQL, a public page beside the same bytes served as a file, or calls
 * asked together in one batched request beside their procedures' own floors.
 */
export type BenchCase = ProcedureBenchCase | PageBenchCase | BatchBenchCase;

export type ProcedureBenchCase = {
  /** Unique across teams: `<procedure>` or `<procedure>:<variant>` (a sort, a filter). */
  name: string;
  /** A query procedure of the merged router, e.g. `content.articles.list`. */
  procedure: string;
  /** `n` counts the requests (1, 2, …) of a `fresh` case; `picked` is `pick`'s row for the caller (else empty). */
  input: (caller: BenchCaller, n: number, picked: BenchPicked) => unknown;
  /**
   * What the input names that the caller alone does not say (a member of its branch, a branch below a township):
   * plain SQL (`$1`… take `params(caller)`) read once per caller from the database under test; its first row is
   * handed to `input` and to the floor's `params`.
   */
  pick?: { sql: string; params: (caller: BenchCaller) => readonly unknown[] };
  floor: { sqlite: FloorQuery; postgresql: FloorQuery };
  /**
   * Every request asks with its own input (`input(caller, n)`): for an answer the service keeps while nothing changes
   * (the statistics), so the case measures the counting the first reader after a change waits for, not the memo.
   */
  fresh?: true;
  /** Roles that may call it (default: all three). */
  roles?: readonly BenchRole[];
  /**
   * The answer is the caller's whole scope by design (the unit tree, not a page of a list): ordering it is part of
   * the answer, so `--explain` does not count its sort as a sort of the scope.
   */
  wholeScope?: true;
};

/**
 * A public page (the portal), loaded without a session. Its floor is the same bytes served as a static file by a bare
 * Fastify (@fastify/static): what the page would cost if it were never rendered or read from the database. The
 * harness fetches the page once from the gateway and writes it where the floor serves it.
 */
export type PageBenchCase = {
  /** Unique across teams, e.g. `portal.article`. */
  name: string;
  /**
   * Which page: plain SQL for either database (as a floor's, `$1`… take `params(caller)`) whose first row's `path`
   * is the address to load, chosen for the caller (its unit's site, a busy column of it).
   */
  page: { sql: string; params: (caller: BenchCaller) => readonly unknown[] };
  floor: 'static';
  /**
   * Every request asks anew: the address gets a counter the page ignores, so the gateway's one-second memo of public
   * pages never answers it. For a page whose every visit differs (a search), where the memo would measure itself.
   */
  fresh?: true;
  roles?: readonly BenchRole[];
};

/** One call of a batch: a query procedure of the merged router and its input. */
export type BatchCall = { procedure: string; input: unknown };

/**
 * Calls asked together in one batched request, as the console's client joins the queries a page issues at once (tRPC's
 * batch): the overview's dashboard, whose calls the harness reads from the cards themselves. Its floor is the floors of
 * the cases named after its procedures, side by side (each the same reading by hand).
 */
export type BatchBenchCase = {
  /** Unique across teams, e.g. `overview.dashboard`. */
  name: string;
  /** What the caller asks, read once per caller before the run. */
  calls: (caller: BenchCaller) => Promise<readonly BatchCall[]>;
  roles?: readonly BenchRole[];
};

/**
 * A one-shot write measured once per run (an import, the year's snapshot): too heavy to load in a loop, and a change
 * to the database, so the harness runs it on a copy of the database under test (`--operations`). `run` does it through
 * the real gateway as the caller would (the console's calls, in order) and answers what it did (rows written);
 * its floor is the same writes as plain SQL, in a transaction that is rolled back: what the database alone needs.
 */
export type OperationBenchCase = {
  /** Unique across teams, e.g. `members.imports:10000`. */
  name: string;
  /** Who does it. */
  role: BenchRole;
  run: (tools: OperationTools) => Promise<Record<string, number>>;
  floor: OperationFloor;
};

/** What an operation's run is given: its caller, a procedure call through the gateway, and plain reads. */
export type OperationTools = {
  caller: BenchCaller;
  /** Calls a procedure as the caller (a query or a mutation) and answers its result, or throws its error. */
  call: (procedure: string, input: unknown, kind: 'query' | 'mutation') => Promise<unknown>;
  /** Plain SQL on the database under test (`$1`…), for what the run needs to know first (a branch's code). */
  read: (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;
};

/**
 * An operation's floor: statements for the caller on that database (an instant is written as each stores it, see
 * instantLiteral), run in order in one transaction, then rolled back.
 */
export type OperationFloor = (
  tools: Pick<OperationTools, 'caller' | 'read'> & { provider: FloorProvider },
) => Promise<readonly string[]>;

/** The databases a floor is written for. */
export type FloorProvider = 'sqlite' | 'postgresql';

/**
 * An instant as a floor's SQL literal, as each database stores a DateTime (UTC: ISO text on SQLite, timestamp(3)
 * without a zone on PostgreSQL), so a hand-written comparison reads the column as the service's does.
 */
export const instantLiteral = (provider: FloorProvider, d: Date) =>
  provider === 'sqlite' ? `'${sqliteDateText(d)}'` : `TIMESTAMP '${d.toISOString().slice(0, 23)}'`;

export const isPageCase = (c: BenchCase): c is PageBenchCase => 'page' in c;
export const isBatchCase = (c: BenchCase): c is BatchBenchCase => 'calls' in c;

/** A floor's subtree parameters, `$1` and `$2`: the caller's subtree as the range of paths the scope filters by. */
export const subtreeParams = (caller: BenchCaller) => {
  const { gte, lt } = subtreePaths(caller.unitPath);
  return [gte, lt] as const;
};

type Shape = 'whole' | 'walk' | 'perUnit' | 'lateral';
/**
 * The shape scopedPage takes for the bench's callers: the whole tree (the municipal admin) walks the table alone,
 * with no unit to check; a township or a branch goes by unit.
 */
const shapeOf = (caller: BenchCaller, provider: 'sqlite' | 'postgresql'): Shape =>
  caller.role === 'municipal' ? 'whole' : provider === 'sqlite' ? 'perUnit' : 'lateral';

/** The rows of `table` (aliased r) in the caller's scope meeting `where`: the conditions and FROM of a shape. */
function scopedRows(table: string, where: string[], shape: Shape) {
  const inScope = `u."path" >= $1 AND u."path" < $2`;
  if (shape === 'whole') return { inScope, conditions: ['1 = 1', ...where].join(' AND '), from: `FROM ${table}` };
  const conditions = [`u."id" = r."unitId"`, inScope, ...where].join(' AND ');
  const from = shape === 'walk' ? `FROM ${table} CROSS JOIN "Unit" u` : `FROM "Unit" u CROSS JOIN ${table}`;
  return { inScope, conditions, from };
}

/** The rows of `table` (aliased r) in the caller's subtree meeting `where`, counted up to the list's bound. */
function boundedCount(table: string, where: string[], shape: Shape) {
  const { inScope, conditions, from } = scopedRows(table, where, shape);
  const bound = listCountBound + 1;
  if (shape === 'lateral')
    return `SELECT count(*) AS "total" FROM (SELECT 1 AS "one" FROM "Unit" u CROSS JOIN LATERAL (SELECT 1 AS "one"
      FROM ${table} WHERE ${conditions} LIMIT ${bound}) x WHERE ${inScope} LIMIT ${bound}) t`;
  return `SELECT count(*) AS "total" FROM (SELECT 1 AS "one" ${from} WHERE ${conditions} LIMIT ${bound}) t`;
}

/** Counts' floor: each of `counts` bounded as scopedCount bounds it, in the shape that suits the caller. */
export function scopedCountFloor(table: string, counts: string[][]): { sqlite: FloorQuery; postgresql: FloorQuery } {
  const floor = (provider: 'sqlite' | 'postgresql'): FloorQuery => ({
    sql: (caller) => counts.map((where) => boundedCount(table, where, shapeOf(caller, provider))),
    params: subtreeParams,
  });
  return { sqlite: floor('sqlite'), postgresql: floor('postgresql') };
}

/**
 * A scoped list's floor, written as an expert would by hand for each database: the page's ids in the shape that
 * suits the caller (walking the key's index for the whole tree, unit by unit for a township or a branch, as
 * scopedPage does), the page's rows with their names (`select`, reading `p."id"` joined to the table as `r`),
 * and the total counted up to the list's bound. `table` is aliased r; `where` is about r, the scope is added.
 */
export function scopedListFloor(list: {
  table: string;
  where: string[];
  key: string;
  order: 'ASC' | 'DESC';
  nullsLast?: boolean;
  /**
   * `SELECT … FROM p JOIN "Table" r ON r."id" = p."id" …`: the rows of the page and their names, in order: the same
   * answer as the procedure's (every field it computes, not only the columns it reads).
   */
  select: (orderBy: string, provider: 'sqlite' | 'postgresql') => string;
}): { sqlite: FloorQuery; postgresql: FloorQuery } {
  const nulls = list.nullsLast ? ' NULLS LAST' : '';
  const orderBy = `${list.key} ${list.order}${nulls}, r."id" ${list.order}`;
  const pageIds = (shape: Shape) => {
    const { inScope, conditions, from } = scopedRows(list.table, list.where, shape);
    return shape === 'lateral'
      ? `SELECT x."id" FROM "Unit" u CROSS JOIN LATERAL (SELECT r."id", ${list.key} AS "k" FROM ${list.table}
    WHERE ${conditions} ORDER BY ${orderBy} LIMIT 20) x WHERE ${inScope} ORDER BY x."k" ${list.order}${nulls}, x."id" ${list.order} LIMIT 20`
      : `SELECT r."id" ${from} WHERE ${conditions} ORDER BY ${orderBy} LIMIT 20`;
  };
  const floor = (provider: 'sqlite' | 'postgresql'): FloorQuery => ({
    sql: (caller) => {
      const shape = shapeOf(caller, provider);
      return [
        `WITH p AS MATERIALIZED (${pageIds(shape)}) ${list.select(orderBy, provider)}`,
        boundedCount(list.table, list.where, shape),
      ];
    },
    params: subtreeParams,
  });
  return { sqlite: floor('sqlite'), postgresql: floor('postgresql') };
}
