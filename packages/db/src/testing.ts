// Throwaway databases for tests, on both providers. PostgreSQL is used when a server answers;
// with CI=true it must answer, so a CI run always proves the PostgreSQL path too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type Db } from './client';
import { deployMigrations } from './migrate';
import type { Provider } from './provider';

export const pgAdminUrl = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The providers this run tests. */
export async function testProviders(): Promise<Provider[]> {
  if (process.env.STRATA_TEST_PROVIDERS) return process.env.STRATA_TEST_PROVIDERS.split(',') as Provider[];
  if (await pgReachable()) return ['sqlite', 'postgresql'];
  if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is not reachable at ${pgAdminUrl}`);
  return ['sqlite'];
}

export type TestDatabase = { provider: Provider; url: string; db: Db; drop: () => Promise<void> };

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Where a throwaway database lives, and how to remove it. */
async function provision(provider: Provider): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'strata-test-'));
    return { url: `file:${join(dir, 'test.db')}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `strata_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), remove: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, migrated database; `drop` disconnects and removes it. */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const { url, remove } = await provision(provider);
  await deployMigrations(url);
  const db = await createDb(url);
  const drop = async () => {
    await db.$disconnect();
    await remove();
  };
  return { provider, url, db, drop };
}
