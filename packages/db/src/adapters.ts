import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
// Driver adapters for both providers: one place that knows how to open each database.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { SqliteWatch } from './data-generation.sql';
import { providerOf, sqliteFile } from './provider';
import { installLike } from './sqlite-like';
import { installStatementCache } from './sqlite-statements';

/** Discrete pg fields: adapter-pg's shadow database support spreads its config and a connectionString would win. */
export function pgConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

type Transaction = { commit(): Promise<void>; rollback(): Promise<void> };
type Adapter = { client: Database.Database; startTransaction(level?: string): Promise<Transaction> };

/**
 * The better-sqlite3 adapter, with LIKE escaping as on PostgreSQL (sqlite-like.ts), statements kept prepared, and
 * its transactions watched (data-generation.sql.ts).
 */
class StrataSqlite extends PrismaBetterSqlite3 {
  readonly watch: SqliteWatch = { open: 0, ended: 0, connection: undefined };

  override async connect() {
    const adapter = await super.connect();
    const { client } = adapter as unknown as Adapter;
    installLike(client);
    installStatementCache(client);
    this.watch.connection = client;
    const watched = adapter as unknown as Adapter;
    const start = watched.startTransaction.bind(adapter);
    const { watch } = this;
    watched.startTransaction = async (level) => {
      const transaction = await start(level);
      watch.open++;
      const end = (finish: () => Promise<void>) => () => {
        watch.open--;
        watch.ended++;
        return finish();
      };
      transaction.commit = end(transaction.commit.bind(transaction));
      transaction.rollback = end(transaction.rollback.bind(transaction));
      return transaction;
    };
    return adapter;
  }
}

export function sqliteAdapter(url: string) {
  const file = sqliteFile(url);
  // better-sqlite3 creates the file but not its folder.
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return new StrataSqlite({ url: file });
}

export function pgAdapter(url: string) {
  return new PrismaPg(pgConfig(url));
}

/** A client's adapter, on a pool of our own that direct reads (direct-read.ts) share; disconnecting ends it. */
export function pgClientAdapter(url: string) {
  const pool = new pg.Pool(pgConfig(url));
  return { adapter: new PrismaPg(pool, { disposeExternalPool: true }), pool };
}

export function adapterFor(url: string) {
  return providerOf(url) === 'sqlite' ? sqliteAdapter(url) : pgAdapter(url);
}
