// Throwaway databases for tests, on both providers. PostgreSQL is used when a server answers;
// with CI=true it must answer, so a CI run always proves the PostgreSQL path too.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { Unit, User } from '../generated/sqlite/client';
import { createDb, type Db } from './client';
import { deployMigrations } from './migrate';
import { type Provider, providerOf, sqliteFile } from './provider';

export const pgAdminUrl = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// Throwaway PostgreSQL databases are named `<prefix>test_...`: runs sharing a server can each use their own prefix.
const pgNamePrefix = process.env.STRATA_TEST_DB_PREFIX ?? 'strata_';

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

/** Where a throwaway database lives, and how to remove it: created empty, or as a copy of `template` (a URL). */
export async function provision(
  provider: Provider,
  template?: string,
): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'strata-test-'));
    const file = join(dir, 'test.db');
    if (template) copyFileSync(sqliteFile(template), file);
    const url = `file:${file}`;
    return { url, remove: () => removeProvisioned(url) };
  }
  const name = `${pgNamePrefix}test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${new URL(template).pathname.slice(1)}` : ''}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), remove: () => removeProvisioned(url.toString()) };
}

/** Removes a database `provision` made, by its URL (for a process other than the one that made it). */
export async function removeProvisioned(url: string): Promise<void> {
  if (providerOf(url) === 'sqlite') rmSync(dirname(sqliteFile(url)), { recursive: true, force: true });
  else await adminQuery(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
}

/**
 * The migrated database a test run copies its databases from, per provider: migrating takes the schema engine
 * a second or more each time, a copy a few milliseconds on SQLite and a fraction of a second on PostgreSQL.
 * The runner's global setup (tests/support/database-templates.ts) makes them once per run and names them here.
 */
export const templateVariable = (provider: Provider) => `STRATA_TEST_TEMPLATE_${provider.toUpperCase()}`;

/**
 * A fresh, migrated database: a copy of `template` (a URL), by default the run's migrated one when there is one;
 * `drop` disconnects and removes it.
 */
export async function createTestDatabase(
  provider: Provider,
  template = process.env[templateVariable(provider)],
): Promise<TestDatabase> {
  const { url, remove } = await provision(provider, template);
  if (!template) await deployMigrations(url);
  const db = await createDb(url);
  const drop = async () => {
    await db.$disconnect();
    await remove();
  };
  return { provider, url, db, drop };
}

/**
 * A unit below `parent` (none: a root) with its materialised path, written with the raw client: the path
 * needs the new id, so it is inserted with a unique placeholder first. One way for every test to make units.
 */
export async function addTestUnit(
  db: Db,
  parent: Pick<Unit, 'id' | 'path' | 'depth'> | null,
  opts: { name: string; kind?: string; archived?: boolean },
): Promise<Unit> {
  const draft = await db.unit.create({
    data: {
      kind: opts.kind ?? 'group',
      name: opts.name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}draft-${crypto.randomUUID()}/`,
      depth: parent ? parent.depth + 1 : 0,
      archivedAt: opts.archived ? new Date() : null,
    },
  });
  return db.unit.update({ where: { id: draft.id }, data: { path: `${parent?.path ?? '/'}${draft.id}/` } });
}

/** An account at home in `home` holding `grants` (role at unit), written with the raw client. */
export async function addTestAccount(
  db: Db,
  opts: {
    username: string;
    displayName?: string;
    home: Pick<Unit, 'id'>;
    grants?: readonly (readonly [string, Pick<Unit, 'id'>])[];
    passwordHash?: string;
  },
): Promise<User & { grantIds: number[] }> {
  const user = await db.user.create({
    data: {
      username: opts.username,
      displayName: opts.displayName ?? opts.username,
      unitId: opts.home.id,
      passwordHash: opts.passwordHash ?? 'x',
    },
  });
  const grantIds: number[] = [];
  for (const [role, unit] of opts.grants ?? [])
    grantIds.push((await db.grant.create({ data: { userId: user.id, role, unitId: unit.id } })).id);
  return { ...user, grantIds };
}
