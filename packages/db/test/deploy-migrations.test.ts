// Start-up migrations: a database in use is recognised as up to date from `_prisma_migrations` alone (so the
// schema engine is not loaded), and anything short of that still goes to the engine.
import { describe, expect, it } from 'vitest';
import { deployMigrations, migrationsDirOf, migrationsUpToDate } from '../src/migrate';
import { migrationsList } from '../src/schema-engine';
import { createTestDatabase, provision, testProviders } from '../src/testing';

describe.each(await testProviders())('deployMigrations on %s', (provider) => {
  const folder = migrationsList(migrationsDirOf(provider)).migrationDirectories.map((d) => d.path);

  it('applies nothing to a database that has every migration, and says it is up to date', async () => {
    const database = await createTestDatabase(provider);
    try {
      expect(folder.length).toBeGreaterThan(0);
      expect(await migrationsUpToDate(database.url)).toBe(true);
      expect(await deployMigrations(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });

  it('is not up to date when a migration is missing from the table, or recorded as failed', async () => {
    const database = await createTestDatabase(provider);
    try {
      const last = folder.at(-1) as string;
      await database.db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = '${last}'`,
      );
      expect(await migrationsUpToDate(database.url)).toBe(false);
      // The engine, not the shortcut, answers for a failed migration: it refuses to go on.
      await expect(deployMigrations(database.url)).rejects.toThrow(/schema engine/);
      await database.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${last}'`);
      expect(await migrationsUpToDate(database.url)).toBe(false);
    } finally {
      await database.drop();
    }
  });

  it('is not up to date on an empty database, where every migration applies', async () => {
    const empty = await provision(provider);
    try {
      expect(await migrationsUpToDate(empty.url)).toBe(false);
      expect(await deployMigrations(empty.url)).toEqual(folder);
      expect(await migrationsUpToDate(empty.url)).toBe(true);
    } finally {
      await empty.remove();
    }
  });
});
