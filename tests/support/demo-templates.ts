// Vitest global setup (integration project, after database-templates.ts): the demo seeded once per provider for
// each article count most files ask for, so createTestEnv copies a seeded database instead of seeding its own
// (a few seconds each on a loaded machine). Other counts seed as before. Removed when the run ends.

import type { Provider } from '@strata/db';
import { createTestDatabase, testProviders } from '@strata/db/testing';
import { seedDemo, startTeams } from '@strata/gateway';
import { keepForRun } from './database-templates';
import './test-keys';

/** The seeds copied rather than made: `articlesPerUnit` as createTestEnv's callers pass it. */
const seededCounts = [undefined, 0, 1, 3] as const;

export const demoTemplateVariable = (provider: Provider, articlesPerUnit: number | undefined) =>
  `STRATA_TEST_DEMO_${provider.toUpperCase()}_${articlesPerUnit ?? 'DEFAULT'}`;

export default async function setup() {
  const providers = await testProviders();
  const keys = providers.flatMap((provider) => seededCounts.map((articlesPerUnit) => ({ provider, articlesPerUnit })));
  return keepForRun(
    keys,
    ({ provider, articlesPerUnit }) => demoTemplateVariable(provider, articlesPerUnit),
    async ({ provider, articlesPerUnit }) => {
      const database = await createTestDatabase(provider);
      await seedDemo(database.db, { articlesPerUnit });
      await startTeams(database.db);
      // Nothing may hold a template open while it is copied (and SQLite folds its WAL into the file on close).
      await database.db.$disconnect();
      return { url: database.url, remove: database.drop };
    },
  );
}
