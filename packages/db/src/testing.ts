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

/** A fresh, migrated database; `drop` disconnects and removes it. */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'strata-test-'));
    const url = `file:${join(dir, 'test.db')}`;
    await deployMigrations(url);
    const db = await createDb(url);
    return {
      provider,
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `strata_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(pgAdminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await deployMigrations(url);
  const db = await createDb(url);
  return {
    provider,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
