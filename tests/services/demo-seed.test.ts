// createTestEnv copies a database seeded once per run and reads the seed back (tests/support/demo-templates.ts):
// what it reads must be what seeding answered, to the row, on each database.
import { createTestDatabase, testProviders } from '@strata/db/testing';
import { readDemoSeed, seedDemo } from '@strata/gateway';
import { describe, expect, it } from 'vitest';

describe.each(await testProviders())('the demo seed on %s', (provider) => {
  it('reads back as seedDemo answered it: the same units, rows and account ids', async () => {
    const database = await createTestDatabase(provider);
    try {
      const seeded = await seedDemo(database.db, { articlesPerUnit: 0 });
      const read = await readDemoSeed(database.db);
      expect(Object.keys(read.townships)).toEqual(Object.keys(seeded.townships));
      expect(read).toEqual(seeded);
    } finally {
      await database.drop();
    }
  });
});
