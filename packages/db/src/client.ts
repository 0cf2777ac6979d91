// The database client factory. Both providers share one model API; the SQLite client's types are the
// canonical ones (its feature set is the common subset), so code written against `Db` runs on both.
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { pgClientAdapter, sqliteAdapter } from './adapters';
import { checkingReads, notingReads, watchClient } from './data-generation.sql';
import { type Provider, providerOf } from './provider';

export type Db = SqliteClient;
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * A statement as the client sent it (`?` or `$n` placeholders) and its parameters, for tooling such as plans;
 * `unnamed`: a reviewed read that PostgreSQL plans for its values on every run (no generic plan).
 */
export type SentQuery = { sql: string; params: unknown[]; unnamed?: true };
type Options = {
  onQuery?: (query: SentQuery) => void;
  /**
   * A client beside a fresh bulk load (openBulkWriter's `freshLoad`, opened first): on SQLite the same rollback
   * journal in memory and no syncs, instead of switching the file to WAL, a larger cache for the load's own writes
   * (the articles' search index), and a minute's wait on a busy file. No effect on PostgreSQL.
   */
  loading?: boolean;
  /**
   * Awaited before every statement the client runs, through Prisma or read directly, with what the statement does: a
   * client beside a writer on another thread (the large fixture's bulk writer) reads the rows handed to it so far,
   * and writes once it has stopped writing. A model's read outside a transaction or a direct read is a `read`; any
   * other statement (raw ones included) a `write`.
   */
  settle?: (statement: 'read' | 'write') => Promise<void>;
};

const queryLog = { log: [{ emit: 'event' as const, level: 'query' as const }] };
type QueryEvent = { query: string; params: string };
const listen = (db: { $on: (e: 'query', f: (e: QueryEvent) => void) => void }, onQuery: Options['onQuery']) =>
  onQuery && db.$on('query', (e) => onQuery({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));

/**
 * The SQLite connection's page cache, in KiB: SQLite's own default. better-sqlite3 builds SQLite with 16 MB per
 * connection, which a growing database fills page by page (the server's resident memory rising with it for as
 * long as a 10-minute soak ran); pages beyond the cache are read again from the operating system's file cache.
 */
export const sqlitePageCacheKb = 2_000;

// errorFormat 'minimal': error messages (which may reach logs) never quote the call site or its arguments.
// `onQuery` (tooling only: bench --explain) sees every statement; the server never passes it.
export async function createDb(url: string, { onQuery, loading = false, settle }: Options = {}): Promise<Db> {
  if (providerOf(url) === 'postgresql') {
    const { adapter, pool } = pgClientAdapter(url);
    const db = new PostgresClient({ adapter, errorFormat: 'minimal', ...(onQuery ? queryLog : {}) });
    listen(db as never, onQuery);
    watchClient(db as unknown as Db, { postgresql: pool, onQuery });
    await db.$connect();
    return checkingReads ? notingReads(db as unknown as Db) : (db as unknown as Db);
  }
  const adapter = sqliteAdapter(url);
  const db = new SqliteClient({ adapter, errorFormat: 'minimal', ...(onQuery ? queryLog : {}) });
  watchClient(db, { sqlite: adapter.watch, onQuery, ...(settle ? { settle } : {}) });
  listen(db as never, onQuery);
  // One connection per client: durable WAL, foreign keys enforced, and wait rather than fail on a busy file.
  await db.$queryRawUnsafe(`PRAGMA journal_mode = ${loading ? 'MEMORY' : 'WAL'}`);
  await db.$queryRawUnsafe(`PRAGMA synchronous = ${loading ? 'OFF' : 'FULL'}`);
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  // Beside a load, a statement may wait for the writer's thread to finish building an index (seconds on a large table).
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${loading ? 60_000 : 5000}`);
  await db.$queryRawUnsafe(`PRAGMA cache_size = -${loading ? 262_144 : sqlitePageCacheKb}`);
  const settled = settle ? settling(db, settle) : db;
  return checkingReads ? notingReads(settled) : settled;
}

const modelReads = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

/** Every operation through Prisma (models, raw statements, each inside a transaction) awaits `settle` first. */
const settling = (db: Db, settle: NonNullable<Options['settle']>): Db =>
  db.$extends({
    query: {
      async $allOperations(params) {
        const { model, operation, args, query } = params;
        // Inside a transaction even a read waits for the writer to stop: the transaction may write next, and would
        // then wait on a writer waiting for its read lock. (Prisma's own parameters say which: not typed.)
        const inTx = Boolean(
          (params as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
        );
        await settle(model && modelReads.has(operation) && !inTx ? 'read' : 'write');
        return query(args);
      },
    },
  }) as unknown as Db;

/** The database behind a client or transaction, for the few statements the providers spell differently. */
export function providerOfClient(db: Db | Tx): Provider {
  // Prisma keeps it on every client, extended clients and transactions included, but does not type it.
  return (db as unknown as { _activeProvider: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}
