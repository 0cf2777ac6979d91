// A token for "what a client reads right now": equal tokens mean equal data, so a result computed under one token
// may be served again while the token holds (a list's total, counted over thousands of rows). It must never stay
// the same across a change that the client could see:
//  - SQLite (one connection per client): the rows this connection changed (`total_changes()`, which counts
//    writes in transactions that later rolled back too), other connections' commits (`data_version`), and the
//    transactions that ended. While a transaction is open there is no token: Prisma's adapter runs other reads
//    on the same connection meanwhile, and they see its uncommitted rows.
//  - PostgreSQL: the statement's snapshot (`pg_current_snapshot()`: which transactions' work is visible). It moves
//    on any commit that wrote, anywhere on the server, so it only ever errs toward no token match.
// Inside a transaction (a `Tx`) there is no token either: the transaction's own writes are not in the snapshot.
import type Database from 'better-sqlite3';
import type pg from 'pg';
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

const sqliteStatements = new WeakMap<Database.Database, Database.Statement<[], { c: number; v: number }>>();

function sqliteGeneration(watch: SqliteWatch): string | null {
  const connection = watch.connection;
  if (!connection || watch.open > 0) return null;
  let statement = sqliteStatements.get(connection);
  if (!statement) {
    statement = connection.prepare<[], { c: number; v: number }>(
      'SELECT total_changes() AS c, data_version AS v FROM pragma_data_version',
    );
    sqliteStatements.set(connection, statement);
  }
  const row = statement.get();
  return row ? `${row.c}.${row.v}.${watch.ended}` : null;
}

/**
 * The current token of the data `db` reads, or null when there is none to be had (inside a transaction, a SQLite
 * transaction open on the connection, a client this module does not know).
 */
export async function dataGeneration(db: Db | Tx): Promise<string | null> {
  if (inTransaction(db)) return null;
  const watch = watchOf(db);
  if (!watch) return null;
  if ('sqlite' in watch) return sqliteGeneration(watch.sqlite);
  const { rows } = await watch.postgresql.query<{ s: string }>('SELECT pg_current_snapshot()::text AS "s"');
  return rows[0]?.s ?? null;
}

/** Values kept per client (by its watch) while its token holds. */
const kept = new WeakMap<Watch, { generation: string; values: Map<string, unknown> }>();
const keptPerClient = 1_000;

/**
 * `compute()`, or what it gave for `key` while the data has not changed since (same token before and after it
 * ran; no token, no keeping) and `holds` says the kept value still answers (a value that also depends on the
 * time says until when). `key` must name everything else the value depends on.
 */
export async function whileUnchanged<T>(
  db: Db | Tx,
  key: string,
  compute: () => Promise<T>,
  holds: (kept: T) => boolean = () => true,
): Promise<T> {
  const watch = watchOf(db);
  const before = await dataGeneration(db);
  if (before === null || !watch) return compute();
  const known = kept.get(watch);
  if (known?.generation === before && known.values.has(key)) {
    const value = known.values.get(key) as T;
    if (holds(value)) return value;
  }
  const value = await compute();
  if ((await dataGeneration(db)) !== before) return value;
  let store = kept.get(watch);
  if (store?.generation !== before) {
    store = { generation: before, values: new Map() };
    kept.set(watch, store);
  }
  if (store.values.size >= keptPerClient) store.values.delete(store.values.keys().next().value as string);
  store.values.set(key, value);
  return value;
}
