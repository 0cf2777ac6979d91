// Vitest global setup: one migrated database per provider for the whole run, which createTestDatabase copies
// instead of migrating each database anew (packages/db/src/testing.ts). Removed when the run ends.
import { deployMigrations } from '@strata/db';
import { provision, templateVariable, testProviders } from '@strata/db/testing';

/**
 * For each of `keys` whose variable (`variableOf`) the run does not have yet (another project of this run, or the
 * caller, may have set it), makes a database (or a folder of them) with `make`, names it in the variable, and removes
 * both when the run ends (the returned teardown).
 */
export async function keepForRun<K>(
  keys: readonly K[],
  variableOf: (key: K) => string,
  make: (key: K) => Promise<{ url: string; remove: () => Promise<void> }>,
) {
  const made: (() => Promise<void>)[] = [];
  for (const key of keys) {
    const variable = variableOf(key);
    if (process.env[variable]) continue;
    const database = await make(key);
    process.env[variable] = database.url;
    made.push(async () => {
      delete process.env[variable];
      await database.remove();
    });
  }
  return async () => {
    for (const remove of made) await remove();
  };
}

export default async function setup() {
  return keepForRun(await testProviders(), templateVariable, async (provider) => {
    const template = await provision(provider);
    await deployMigrations(template.url);
    return template;
  });
}
