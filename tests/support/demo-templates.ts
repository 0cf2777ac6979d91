// Vitest global setup (integration project, after database-templates.ts): the demo seeded once per provider for
// each article count most files ask for, so createTestEnv copies a seeded database instead of seeding its own
// (a few seconds each on a loaded machine). Other counts seed as before. Removed when the run ends.

import type { Provider } from '@strata/db';
import { createTestDatabase, testProviders } from '@strata/db/testing';
import { seedDemo } from '@strata/gateway';

/** The seeds copied rather than made: `articlesPerUnit` as createTestEnv's callers pass it. */
const seededCounts = [undefined, 0, 1, 3] as const;

export const demoTemplateVariable = (provider: Provider, articlesPerUnit: number | undefined) =>
  `STRATA_TEST_DEMO_${provider.toUpperCase()}_${articlesPerUnit ?? 'DEFAULT'}`;

export default async function setup() {
  const made: (() => Promise<void>)[] = [];
  for (const provider of await testProviders())
    for (const articlesPerUnit of seededCounts) {
      const variable = demoTemplateVariable(provider, articlesPerUnit);
      if (process.env[variable]) continue;
      const database = await createTestDatabase(provider);
      await seedDemo(database.db, { articlesPerUnit });
      // Nothing may hold a template open while it is copied (and SQLite folds its WAL into the file on close).
      await database.db.$disconnect();
      process.env[variable] = database.url;
      made.push(async () => {
        delete process.env[variable];
        await database.drop();
      });
    }
  return async () => {
    for (const remove of made) await remove();
  };
}
