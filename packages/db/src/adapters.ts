import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
// Driver adapters for both providers: one place that knows how to open each database.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type Database from 'better-sqlite3';
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

/** The better-sqlite3 adapter, with LIKE escaping as on PostgreSQL (sqlite-like.ts) and statements kept prepared. */
class StrataSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    installLike(client);
    installStatementCache(client);
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

export function adapterFor(url: string) {
  return providerOf(url) === 'sqlite' ? sqliteAdapter(url) : pgAdapter(url);
}
