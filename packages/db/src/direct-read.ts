// Reading a statement's rows straight from the driver, on the connection (SQLite) or pool (PostgreSQL) the client's
// own adapter uses. Prisma's raw query path turns every value of a result into its own typed form and back (a
// list's 20-row page: about 85-165 µs of CPU on top of SQLite's 70 µs); read here, the values are converted once,
// by the column's declared type, to what Prisma's $queryRaw gives (DateTime as Date, Boolean as boolean), with
// integers as numbers (a bigint only past 2^53). Only for statements someone reviewed: @strata/api's queryReviewed is the one caller.
// A list's page asks for its DateTimes as ISO text instead (`instants: 'text'`), which is what it sends: read as Date,
// each was parsed only to be printed again (an article page: 60 of them, about a tenth of the call's CPU).
// Inside a transaction there is no direct read: the caller goes through Prisma, on the transaction's connection.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { Prisma } from '../generated/sqlite/client';
import type { Db, Tx } from './client';
import { inTransaction, noteStatement, watchOf } from './data-generation.sql';
import { keptStatement } from './sqlite-statements';
import { sqliteValue } from './sqlite-values';

export type Row = Record<string, unknown>;
/** A statement as the drivers take it: its text with `?` (SQLite) or `$1` (PostgreSQL) placeholders, and values. */
export type DirectStatement = Pick<Prisma.Sql, 'sql' | 'text' | 'values'>;
type Convert = ((value: unknown) => unknown) | undefined;
/**
 * How DateTime columns come back: as Date (as from $queryRaw), or as `text`, the ISO 8601 form Date's toISOString
 * gives (UTC, milliseconds: `2026-11-30T08:15:00.000Z`), for rows that are only sent on.
 */
export type Instants = 'date' | 'text';

// SQLite -----------------------------------------------------------------------------------------------------------

/** Stored DateTimes are ISO text (Prisma's adapter's default format) or, written by other tools, epoch ms. */
const toDate = (value: unknown) =>
  value === null ? null : new Date(typeof value === 'bigint' ? Number(value) : (value as string | number));
/** The adapter's connection reads integers as bigint; they come back as numbers while exact, as through Prisma. */
const exactNumber = (value: bigint) => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
};
/**
 * The same instant as ISO text: Prisma's own format (`2026-11-30T08:15:00.000+00:00`) is rewritten without parsing;
 * anything else (epoch ms, another tool's text) goes through Date.
 */
const toIsoText = (value: unknown) => {
  if (value === null) return null;
  if (typeof value === 'string' && value.length === 29 && value[10] === 'T' && value.endsWith('+00:00'))
    return `${value.slice(0, 23)}Z`;
  return (toDate(value) as Date).toISOString();
};
const toBoolean = (value: unknown) => (value === null ? null : Boolean(value));

const sqliteConverters: Record<Instants, Record<string, Convert>> = {
  date: { DATETIME: toDate, TIMESTAMP: toDate, BOOLEAN: toBoolean },
  text: { DATETIME: toIsoText, TIMESTAMP: toIsoText, BOOLEAN: toBoolean },
};

type SqliteShape = { names: string[]; converts: Convert[] };
const sqliteShapes: Record<Instants, WeakMap<Database.Statement, SqliteShape>> = {
  date: new WeakMap(),
  text: new WeakMap(),
};

function sqliteShape(statement: Database.Statement, instants: Instants): SqliteShape {
  let shape = sqliteShapes[instants].get(statement);
  if (!shape) {
    const converters = sqliteConverters[instants];
    const columns = statement.columns();
    shape = {
      names: columns.map((c) => c.name),
      converts: columns.map((c) => (c.type ? converters[c.type.toUpperCase()] : undefined)),
    };
    sqliteShapes[instants].set(statement, shape);
  }
  return shape;
}

function readSqlite(
  connection: Database.Database,
  statement: DirectStatement,
  args: unknown[],
  instants: Instants,
): Row[] {
  const prepared = keptStatement(connection, statement.sql);
  if (!prepared.reader) throw new Error('readDirect: a statement that returns no rows');
  const { names, converts } = sqliteShape(prepared, instants);
  const values = prepared.raw(true).all(...args) as unknown[][];
  const rows: Row[] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const value = values[r] as unknown[];
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const convert = converts[c];
      const v = value[c];
      row[names[c] as string] = convert ? convert(v) : typeof v === 'bigint' ? exactNumber(v) : v;
    }
    rows[r] = row;
  }
  return rows;
}

// PostgreSQL -------------------------------------------------------------------------------------------------------

const { builtins } = pg.types;
/** Prisma keeps DateTime as `timestamp(3)` (no zone) holding UTC; pg's own parser would read it as local time. */
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);
/** Counts come back as int8: a number while it is exact, as Prisma's adapter does for raw rows. */
const int8 = (text: string) => {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
};
/** `timestamp(3)` text (`2026-11-30 08:15:00.5`) as ISO text, rewritten without parsing when it has that form. */
const utcTimestampText = (text: string) => {
  if (text.length >= 19 && text.length <= 23 && text[10] === ' ' && text[4] === '-' && !/[^0-9.:\- ]/.test(text))
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${`${text.slice(20)}000`.slice(0, 3)}Z`;
  return utcTimestamp(text).toISOString();
};
type Parsers = Partial<Record<number, (text: string) => unknown>>;
const pgParsers: Record<Instants, Parsers> = {
  date: {
    [builtins.TIMESTAMP]: utcTimestamp,
    [builtins.TIMESTAMPTZ]: (text) => new Date(text),
    [builtins.DATE]: utcDate,
    [builtins.INT8]: int8,
  },
  text: {
    [builtins.TIMESTAMP]: utcTimestampText,
    [builtins.TIMESTAMPTZ]: (text) => new Date(text).toISOString(),
    [builtins.DATE]: (text) => utcDate(text).toISOString(),
    [builtins.INT8]: int8,
  },
};
const typesFor = (parsers: Parsers) => ({
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? 'text') === 'text' && parsers[oid]
      ? parsers[oid]
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
});
const pgTypes: Record<Instants, ReturnType<typeof typesFor>> = {
  date: typesFor(pgParsers.date),
  text: typesFor(pgParsers.text),
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A Date as Prisma's pg adapter sends it: UTC wall time, which a `timestamp(3)` column compares as stored. */
function pgArgument(value: unknown) {
  if (!(value instanceof Date)) return value;
  const ms = value.getUTCMilliseconds();
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
}

/**
 * Each statement is prepared once per connection, under a name drawn from its text: PostgreSQL then plans it once
 * instead of on every call (a township's article page: about 2.0 ms to 0.7 ms per call, most of it planning). The
 * texts are the reviewed statements' shapes, a bounded set; the names are kept for as many.
 */
const names = new Map<string, string>();
function statementName(text: string) {
  let name = names.get(text);
  if (!name) {
    name = `strata_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}

async function readPostgres(
  pool: pg.Pool,
  statement: DirectStatement,
  args: unknown[],
  instants: Instants,
  planEachRun: boolean,
): Promise<Row[]> {
  const result = await pool.query<Row>({
    ...(planEachRun ? {} : { name: statementName(statement.text) }),
    text: statement.text,
    values: args,
    types: pgTypes[instants],
  });
  return result.rows;
}

// ------------------------------------------------------------------------------------------------------------------

export type DirectReadOptions = {
  /**
   * PostgreSQL: send the statement unnamed, so that it is planned for its values on every run, where a named one may
   * be given a generic plan after five runs. For a statement whose best plan depends on how many units a subtree
   * holds (a generic plan guesses ten), and that costs more than its planning (a sort of the subtree's members). No
   * effect on SQLite, which plans a kept statement once.
   */
  planEachRun?: boolean;
};

/**
 * The statement's rows read on the client's own connection or pool, or undefined when `db` cannot be read directly
 * (a transaction, a client createDb did not make): then the caller reads through Prisma.
 */
export async function readDirect(
  db: Db | Tx,
  statement: DirectStatement,
  instants: Instants = 'date',
  { planEachRun = false }: DirectReadOptions = {},
): Promise<Row[] | undefined> {
  if (inTransaction(db)) return undefined;
  const watch = watchOf(db);
  if (!watch) return undefined;
  if (watch.settle) await watch.settle('read');
  noteStatement(statement.sql);
  if ('postgresql' in watch) {
    const args = statement.values.map(pgArgument);
    watch.onQuery?.({ sql: statement.text, params: args, ...(planEachRun ? { unnamed: true as const } : {}) });
    return readPostgres(watch.postgresql, statement, args, instants, planEachRun);
  }
  const connection = watch.sqlite.connection;
  if (!connection) return undefined;
  // Tooling sees the statement and its values as the driver binds them (Dates as text, booleans as numbers).
  const args = statement.values.map(sqliteValue);
  watch.onQuery?.({ sql: statement.sql, params: args });
  return readSqlite(connection, statement, args, instants);
}
