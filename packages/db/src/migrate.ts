// Applies pending migrations at start-up (and in tests) on either provider, offline.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapterFor } from './adapters';
import { type Provider, providerOf } from './provider';
import { engineFilters, migrationsList, withSchemaEngine } from './schema-engine';

const prismaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma');

export const schemaFileOf = (provider: Provider) => join(prismaDir, provider, 'schema.prisma');
export const migrationsDirOf = (provider: Provider) => join(prismaDir, provider, 'migrations');

/**
 * True when `_prisma_migrations` records exactly the folder's migrations, each finished and none rolled back or
 * failed: then there is nothing to apply, and a start on a database in use never loads the schema engine (its
 * WebAssembly stays compiled in the process for good: about 45 MB of memory and a few hundred ms of start-up).
 * Anything else (no table yet, a pending, failed or unknown migration) answers false and the engine decides,
 * with its own errors.
 */
export async function migrationsUpToDate(url: string): Promise<boolean> {
  const expected = migrationsList(migrationsDirOf(providerOf(url))).migrationDirectories.map((d) => d.path);
  const adapter = await adapterFor(url).connect();
  try {
    const { rows } = await adapter.queryRaw({
      sql: 'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations',
      args: [],
      argTypes: [],
    });
    const live = rows.filter(([, , rolledBackAt]) => rolledBackAt === null);
    if (live.some(([, finishedAt]) => finishedAt === null)) return false;
    const applied = new Set(live.map(([name]) => String(name)));
    return applied.size === expected.length && expected.every((name) => applied.has(name));
  } catch {
    return false; // no migrations table yet: a new database
  } finally {
    await adapter.dispose();
  }
}

export async function deployMigrations(url: string): Promise<string[]> {
  const provider = providerOf(url);
  if (await migrationsUpToDate(url)) return [];
  return withSchemaEngine(url, schemaFileOf(provider), async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: migrationsList(migrationsDirOf(provider)),
      filters: engineFilters(provider),
    });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL a new migration would need for the database to match the models; empty when the
 * committed migrations are complete. Uses a throwaway shadow database.
 */
export async function pendingSchemaChange(url: string): Promise<string> {
  const provider = providerOf(url);
  return withSchemaEngine(url, schemaFileOf(provider), async (engine) => {
    const list = migrationsList(migrationsDirOf(provider));
    await engine.devDiagnostic({ migrationsList: list, filters: engineFilters(provider) });
    const schemaFile = schemaFileOf(provider);
    const result = await engine.createMigration({
      draft: true,
      migrationName: 'drift_check',
      migrationsList: list,
      schema: { files: [{ path: schemaFile, content: readFileSync(schemaFile, 'utf8') }] },
      filters: engineFilters(provider),
    });
    // The engine answers a comment when nothing is needed; only statements count.
    const statements = (result.migrationScript ?? '').split('\n').filter((l) => l.trim() && !l.trim().startsWith('--'));
    return statements.join('\n');
  });
}
