// Values kept while what they were computed from is unchanged (`whileUnchanged`: a list's total, a dashboard's sums,
// a public page kept for a second).
//
// A kept value names the tables it reads; each table has a generation (model DataGeneration) that every write to it
// moves, so a letter written drops the values that read letters and no other. The value is kept only when the
// generations were the same before and after it was computed, and served again while they stay so:
//  - SQLite (one connection per client): a counter row per table, moved by triggers in the writer's transaction.
//    While a transaction is open on the connection nothing is kept or served: Prisma's adapter runs other reads on
//    the same connection meanwhile, and they see its uncommitted rows; nor is a value that a transaction beginning
//    and ending meanwhile could have shown rows it then rolled back.
//  - PostgreSQL: a sequence per table, moved by a statement trigger as the write runs, before its commit (a counter
//    row would make writers of one table wait on each other). So a value is kept only when computed with no
//    transaction of this database in progress, checked after the generations were read.
// Inside a transaction (a `Tx`) nothing is kept: the transaction's own writes are not what others read.
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { Prisma } from '../generated/sqlite/client';
import type { Db, Tx } from './client';

/** What SQLite's adapter tells about its connection. */
export type SqliteWatch = {
  /** Transactions open on the connection. */
  open: number;
  /** Transactions ended on the connection (committed or rolled back). */
  ended: number;
  connection: Database.Database | undefined;
};

/** What a client reads through: SQLite's one connection, or PostgreSQL's pool (the one Prisma's adapter uses). */
export type Watch = ({ sqlite: SqliteWatch } | { postgresql: pg.Pool }) & {
  /** Tooling's view of every statement (createDb's `onQuery`), for the reads that do not go through Prisma. */
  onQuery?: (query: { sql: string; params: unknown[] }) => void;
  /** Awaited before each direct read (createDb's `settle`). */
  settle?: (statement: 'read') => Promise<void>;
};

/**
 * Each client's watch, by a number set on the client. A number, not the client object: the client is reached
 * through extensions, transactions and proxies (the scope guard's), none of them the object createDb made, but
 * all of them read its properties. Weakly held, so a client let go is collected with its watch.
 */
const clientKey = Symbol('strata.client');
const watches = new Map<number, WeakRef<Watch>>();
let clients = 0;

export const watchOf = (db: Db | Tx): Watch | undefined => {
  const id = (db as unknown as Record<symbol, unknown>)[clientKey];
  return typeof id === 'number' ? watches.get(id)?.deref() : undefined;
};

/**
 * Called by createDb for each client it makes: a SQLite client with its adapter's watch, a PostgreSQL client with
 * its pool (its token is read there, not through a guarded extension that refuses unreviewed statements).
 */
export function watchClient(db: Db, watch: Watch) {
  const id = ++clients;
  Object.defineProperty(db, clientKey, { value: id });
  // The client holds its watch; the map only names it.
  Object.defineProperty(db, Symbol('strata.watch'), { value: watch });
  watches.set(id, new WeakRef(watch));
  for (const [known, ref] of watches) if (!ref.deref()) watches.delete(known);
}

/** A transaction's client has no `$connect` (Prisma denies it there). */
export const inTransaction = (db: Db | Tx) => typeof (db as { $connect?: unknown }).$connect !== 'function';

/** A table whose writes drop the values that read it (model DataGeneration: every table of the schema has one). */
export type Table = Exclude<Prisma.ModelName, 'DataGeneration' | 'AttemptCounter'>;

const tableByWord = new Map(
  Object.values(Prisma.ModelName)
    .filter((name): name is Table => name !== 'DataGeneration' && name !== 'AttemptCounter')
    .map((name) => [name.toLowerCase(), name]),
);

/**
 * The tables a statement's text names: every word that is a table's name, in any case (SQLite's names are not
 * case-sensitive), outside string literals (a role 'member' is a value). A word that only looks like one (a column
 * "unit") is counted too: one table too many only drops a kept value more often.
 */
export function tablesIn(sql: string): Table[] {
  const found = new Set<Table>();
  for (const word of sql.replace(/'(?:[^']|'')*'/g, "''").match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const table = tableByWord.get(word.toLowerCase());
    if (table) found.add(table);
  }
  return [...found].sort();
}

// Tests check that every kept value names what it reads (STRATA_CHECK_KEPT_READS=1, set by the test runner): while
// it is computed, its client's calls (noted by the extension `notingReads`, which createDb adds then) may read no
// table it does not name, and a kept value used inside it counts as reading what it names. Calls inside an
// interactive transaction are not seen (Prisma runs them outside the caller's async context); nothing is kept there.
export const checkingReads = process.env.STRATA_CHECK_KEPT_READS === '1';
const reading = new AsyncLocalStorage<Set<Table>>();

type Field = { name: string; kind: string; type: string };
type DataModel = { models: Record<string, { fields: Field[] }> };

/** The tables a model call reads: its model's, and those of every relation its arguments follow. */
function modelTables(dataModel: DataModel, model: string, args: unknown, found: Set<string>) {
  found.add(model);
  const walk = (value: unknown, fields: Field[]) => {
    if (Array.isArray(value)) for (const item of value) walk(item, fields);
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [key, inner] of Object.entries(value)) {
        const relation = fields.find((f) => f.name === key && f.kind === 'object');
        if (relation) found.add(relation.type);
        walk(inner, relation ? (dataModel.models[relation.type]?.fields ?? []) : fields);
      }
  };
  walk(args, dataModel.models[model]?.fields ?? []);
}

/** A raw call's statement text: `$queryRaw`'s template, `$queryRawUnsafe`'s first argument, a typed query's text. */
function rawText(args: unknown): string {
  if (Array.isArray(args)) return typeof args[0] === 'string' ? args[0] : rawText(args[0]);
  if (args && typeof args === 'object') {
    const { strings, sql } = args as { strings?: unknown; sql?: unknown };
    if (Array.isArray(strings)) return strings.join(' ');
    if (typeof sql === 'string') return sql;
  }
  return '';
}

const note = (tables: Iterable<string>) => {
  const seen = reading.getStore();
  if (seen) for (const table of tables) if (tableByWord.has(table.toLowerCase())) seen.add(table as Table);
};

/** Notes a statement read below Prisma (direct-read.ts), for the kept value being computed. */
export const noteStatement = (sql: string) => {
  if (checkingReads) note(tablesIn(sql));
};

/** Notes what each call of a client reads, for the kept value being computed (see `checkingReads`). */
export function notingReads(db: Db): Db {
  const dataModel = (db as unknown as { _runtimeDataModel: DataModel })._runtimeDataModel;
  const raw = ({ args, query }: { args: unknown; query: (args: unknown) => Promise<unknown> }) => {
    note(tablesIn(rawText(args)));
    return query(args);
  };
  return db.$extends({
    name: 'strata.notingReads',
    query: {
      $allModels: {
        $allOperations({ model, args, query }) {
          const found = new Set<string>();
          modelTables(dataModel, model, args, found);
          note(found);
          return query(args);
        },
      },
      $queryRaw: raw,
      $executeRaw: raw,
      $queryRawUnsafe: raw,
      $executeRawUnsafe: raw,
    },
  }) as unknown as Db;
}

/** `compute`, checked to read only `reads` when checking. */
function checked<T>(key: string, reads: readonly Table[], compute: () => Promise<T>): () => Promise<T> {
  if (!checkingReads) return compute;
  // A kept value used inside another, served or computed, counts as the outer one's reading what it names.
  const outer = reading.getStore();
  for (const table of reads) outer?.add(table);
  return async () => {
    const seen = new Set<Table>();
    // Awaited inside: a Prisma call starts when awaited, not when made.
    const value = await reading.run(seen, async () => await compute());
    const unnamed = [...seen].filter((table) => !reads.includes(table));
    if (unnamed.length > 0)
      throw new Error(`The kept value "${key}" reads ${unnamed.join(', ')} but names only ${reads.join(', ')}`);
    return value;
  };
}

const sqliteVersions = new WeakMap<Database.Database, Database.Statement<[], { name: string; version: string }>>();

/**
 * The generations of `tables` as one text, or null when there is none to be had: inside a transaction, a SQLite
 * transaction open on the connection, a table without a generation, a client this module does not know.
 */
async function generationsOf(db: Db | Tx, watch: Watch, tables: readonly Table[]): Promise<string | null> {
  if (inTransaction(db)) return null;
  if ('sqlite' in watch) {
    const { connection, open } = watch.sqlite;
    if (!connection || open > 0) return null;
    let statement = sqliteVersions.get(connection);
    if (!statement) {
      statement = connection.prepare<[], { name: string; version: string }>(
        'SELECT "name", CAST("version" AS TEXT) AS "version" FROM "DataGeneration"',
      );
      sqliteVersions.set(connection, statement);
    }
    const versions = new Map(statement.all().map((row) => [row.name, row.version]));
    const read = tables.map((table) => versions.get(table));
    return read.includes(undefined) ? null : read.join('.');
  }
  // Each table's sequence, as far as any session has moved it (a sequence is not transactional).
  const { rows } = await watch.postgresql.query<{ all: boolean | null; g: string | null }>(
    `SELECT bool_and(s IS NOT NULL) AS "all", string_agg(coalesce(pg_sequence_last_value(s), 0)::text, '.' ORDER BY o) AS "g" FROM (SELECT to_regclass(format('%I', 'DataGeneration_' || t)) AS s, o FROM unnest($1::text[]) WITH ORDINALITY AS x(t, o)) y`,
    [tables],
  );
  return rows[0]?.all ? (rows[0].g ?? null) : null;
}

/**
 * Whether what a compute reads from now on holds every write whose generation it has read: on SQLite, always (a
 * generation moves as the write commits, or with its transaction's rollback). On PostgreSQL a sequence moves when
 * the writer's statement runs, before its commit: so only when no transaction of this database holds a transaction
 * id (has written), seen after the generations were read. A writer that moved one before is then committed, and
 * every later statement sees its work. (Not the snapshot's list of transactions in progress: it leaves out those
 * that began after the last commit. Prepared transactions, which Strata does not use, are not seen.)
 */
async function settled(watch: Watch): Promise<boolean> {
  if ('sqlite' in watch) return true;
  const { rows } = await watch.postgresql.query<{ busy: boolean }>(
    'SELECT EXISTS (SELECT FROM pg_stat_activity WHERE "datname" = current_database() AND "backend_xid" IS NOT NULL) AS "busy"',
  );
  return rows[0]?.busy === false;
}

/** Transactions ended on a SQLite connection (none on PostgreSQL, where a statement never reads another's work). */
const endedOn = (watch: Watch) => ('sqlite' in watch ? watch.sqlite.ended : 0);

type Kept = { value: unknown; generations: string };
/** Where values are kept: a client's shelves by name, each value by its key, most recently made last. */
type Shelf = { name: string; size: number };
const kept = new WeakMap<Watch, Map<string, Map<string, Kept>>>();
const valuesShelf: Shelf = { name: 'values', size: 1_000 };
const shelfOf = (watch: Watch, shelf: Shelf) => kept.get(watch)?.get(shelf.name);

export type KeptOptions<T> = {
  /**
   * Every table the value is computed from, those read by a kept value it uses included: a write to any of them
   * drops it, a write elsewhere does not.
   */
  reads: readonly Table[];
  /** Whether a kept value still answers (a value that also depends on the time says until when). */
  holds?: (kept: T) => boolean;
  /**
   * Computed again in the background after a write to what it reads, while it is asked for (see `warming`): for the
   * few values that many readers wait on and that take long to compute (the dashboard's sums).
   */
  warm?: boolean;
  /**
   * The shelf it is kept on, and how many values the shelf holds at most (the least recently made go first): values
   * many and cheap (public pages, one per address) have their own, so that a crawler's run over them does not push
   * out the few that are dear to compute. Default: the values' shelf, 1,000.
   */
  shelf?: Shelf;
};

/** `compute()`, kept under `key` when no table it reads moved meanwhile (`before`: their generations before). */
async function computeAndKeep<T>(
  db: Db | Tx,
  watch: Watch,
  key: string,
  shelf: Shelf,
  reads: readonly Table[],
  compute: () => Promise<T>,
  before: string,
): Promise<T> {
  const ended = endedOn(watch);
  if (!(await settled(watch))) return compute();
  const value = await compute();
  // A transaction that began and ended on the connection meanwhile may have shown the compute rows it then rolled
  // back (SQLite's adapter reads on the transaction's connection): not kept.
  if (endedOn(watch) !== ended || (await generationsOf(db, watch, reads)) !== before) return value;
  let shelves = kept.get(watch);
  if (!shelves) {
    shelves = new Map();
    kept.set(watch, shelves);
  }
  let values = shelves.get(shelf.name);
  if (!values) {
    values = new Map();
    shelves.set(shelf.name, values);
  }
  values.delete(key);
  if (values.size >= shelf.size) values.delete(values.keys().next().value as string);
  values.set(key, { value, generations: before });
  return value;
}

// Warm values: after a write to what a warm value reads, the next reader would wait for it to be computed again
// (the municipal dashboard's sums: up to a second at the large fixture). So, while it is asked for (within
// `warmWhileAskedMs` of its last reader), a background pass computes it again once its generations moved, as its last
// reader asked (the key names all it depends on; a value that depends on the time says until when it holds). At
// most one value at a time, and each at most once per `warmGapMs` or ten times what it took to compute, whichever
// is longer: a burst of writes does not keep the server computing.
type Warm = {
  db: Db | Tx;
  watch: Watch;
  key: string;
  shelf: Shelf;
  reads: readonly Table[];
  compute: () => Promise<unknown>;
  askedAt: number;
  warmedAt: number;
  tookMs: number;
};
const warming = new Map<string, Warm>();
const warmEveryMs = 1_000;
const warmGapMs = 5_000;
const warmWhileAskedMs = 10 * 60_000;
/** The values kept warm at most, those asked for last: each costs a look at its generations every pass. */
const warmAtMost = 64;
let warmer: NodeJS.Timeout | undefined;
let pass: Promise<void> | undefined;
let timerHeld = false;

/**
 * Holds the background timer's passes (or lets them run again), once the pass under way has ended: a test that
 * moves `now` itself (warmKeptValues) must not have the timer's pass, at the real time, compute a value between its
 * write and its own pass.
 */
export async function holdWarmTimer(held: boolean): Promise<void> {
  timerHeld = held;
  while (pass) await pass;
}

/**
 * One background pass over the warm values, after the one under way if any (tests call it rather than wait for the
 * timer, with `now` moved past the gaps).
 */
export async function warmKeptValues(now = Date.now()): Promise<void> {
  while (pass) await pass;
  pass = warmPass(now).finally(() => {
    pass = undefined;
  });
  return pass;
}

async function warmPass(now: number) {
  for (const [id, warm] of warming) {
    if (now - warm.askedAt > warmWhileAskedMs) {
      warming.delete(id);
      continue;
    }
    if (now - warm.warmedAt < Math.max(warmGapMs, 10 * warm.tookMs)) continue;
    try {
      const before = await generationsOf(warm.db, warm.watch, warm.reads);
      if (before === null || shelfOf(warm.watch, warm.shelf)?.get(warm.key)?.generations === before) continue;
      const started = performance.now();
      await computeAndKeep(warm.db, warm.watch, warm.key, warm.shelf, warm.reads, warm.compute, before);
      warm.tookMs = performance.now() - started;
      warm.warmedAt = now;
    } catch {
      // Its client has gone (disconnected, its database dropped): nothing to keep warm.
      warming.delete(id);
    }
  }
  if (warming.size === 0 && warmer) {
    clearInterval(warmer);
    warmer = undefined;
  }
}

const watchIds = new WeakMap<Watch, number>();
let watchCount = 0;

function keepWarm(
  db: Db | Tx,
  watch: Watch,
  key: string,
  shelf: Shelf,
  reads: readonly Table[],
  compute: () => Promise<unknown>,
) {
  let id = watchIds.get(watch);
  if (id === undefined) {
    id = ++watchCount;
    watchIds.set(watch, id);
  }
  const name = `${id} ${shelf.name} ${key}`;
  const known = warming.get(name);
  const askedAt = Date.now();
  warming.delete(name);
  if (warming.size >= warmAtMost) warming.delete(warming.keys().next().value as string);
  warming.set(name, {
    db,
    watch,
    key,
    shelf,
    reads,
    compute,
    askedAt,
    warmedAt: known?.warmedAt ?? 0,
    tookMs: known?.tookMs ?? 0,
  });
  if (!warmer) {
    warmer = setInterval(() => {
      if (!timerHeld) void warmKeptValues();
    }, warmEveryMs);
    warmer.unref();
  }
}

/**
 * `compute()`, or what it gave for `key` while no table it reads has been written since (the same generations
 * before and after it ran; none to be had, no keeping) and `holds` says the kept value still answers. `key` must
 * name everything else the value depends on.
 */
export async function whileUnchanged<T>(
  db: Db | Tx,
  key: string,
  compute: () => Promise<T>,
  { reads, holds = () => true, warm = false, shelf = valuesShelf }: KeptOptions<T>,
): Promise<T> {
  compute = checked(key, reads, compute);
  const watch = watchOf(db);
  if (!watch) return compute();
  const before = await generationsOf(db, watch, reads);
  if (before === null) return compute();
  if (warm) keepWarm(db, watch, key, shelf, reads, compute);
  const known = shelfOf(watch, shelf)?.get(key);
  if (known?.generations === before && holds(known.value as T)) return known.value as T;
  return computeAndKeep(db, watch, key, shelf, reads, compute, before);
}
