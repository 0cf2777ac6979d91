// The database client factory. Both providers share one model API; the SQLite client's types are the
// canonical ones (its feature set is the common subset), so code written against `Db` runs on both.
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { pgAdapter, sqliteAdapter } from './adapters';
import { type Provider, providerOf } from './provider';

export type Db = SqliteClient;
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

// errorFormat 'minimal': error messages (which may reach logs) never quote the call site or its arguments.
export async function createDb(url: string): Promise<Db> {
  if (providerOf(url) === 'postgresql') {
    const db = new PostgresClient({ adapter: pgAdapter(url), errorFormat: 'minimal' });
    await db.$connect();
    return db as unknown as Db;
  }
  const db = new SqliteClient({ adapter: sqliteAdapter(url), errorFormat: 'minimal' });
  // One connection per client: durable WAL, foreign keys enforced, and wait rather than fail on a busy file.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe('PRAGMA synchronous = FULL');
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
  return db;
}

/** The database behind a client or transaction, for the few statements the providers spell differently. */
export function providerOfClient(db: Db | Tx): Provider {
  // Prisma keeps it on every client, extended clients and transactions included, but does not type it.
  return (db as unknown as { _activeProvider: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}
