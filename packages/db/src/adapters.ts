import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
// Driver adapters for both providers: one place that knows how to open each database.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { providerOf, sqliteFile } from './provider';

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

export function sqliteAdapter(url: string) {
  const file = sqliteFile(url);
  // better-sqlite3 creates the file but not its folder.
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file });
}

export function pgAdapter(url: string) {
  return new PrismaPg(pgConfig(url));
}

export function adapterFor(url: string) {
  return providerOf(url) === 'sqlite' ? sqliteAdapter(url) : pgAdapter(url);
}
