// Applies pending migrations at start-up (and in tests) on either provider, offline.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Provider, providerOf } from './provider';
import { migrationsList, noFilters, withSchemaEngine } from './schema-engine';

const prismaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma');

export const schemaFileOf = (provider: Provider) => join(prismaDir, provider, 'schema.prisma');
export const migrationsDirOf = (provider: Provider) => join(prismaDir, provider, 'migrations');

export async function deployMigrations(url: string): Promise<string[]> {
  const provider = providerOf(url);
  return withSchemaEngine(url, schemaFileOf(provider), async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: migrationsList(migrationsDirOf(provider)),
      filters: noFilters,
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
    await engine.devDiagnostic({ migrationsList: list, filters: noFilters });
    const schemaFile = schemaFileOf(provider);
    const result = await engine.createMigration({
      draft: true,
      migrationName: 'drift_check',
      migrationsList: list,
      schema: { files: [{ path: schemaFile, content: readFileSync(schemaFile, 'utf8') }] },
      filters: noFilters,
    });
    // The engine answers a comment when nothing is needed; only statements count.
    const statements = (result.migrationScript ?? '').split('\n').filter((l) => l.trim() && !l.trim().startsWith('--'));
    return statements.join('\n');
  });
}
