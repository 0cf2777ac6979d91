// Vitest global setup: one migrated database per provider for the whole run, which createTestDatabase copies
// instead of migrating each database anew (packages/db/src/testing.ts). Removed when the run ends.
import { deployMigrations } from '@strata/db';
import { provision, templateVariable, testProviders } from '@strata/db/testing';

export default async function setup() {
  const made: (() => Promise<void>)[] = [];
  for (const provider of await testProviders()) {
    const variable = templateVariable(provider);
    // Made already for another project of this run (or given from outside).
    if (process.env[variable]) continue;
    const template = await provision(provider);
    await deployMigrations(template.url);
    process.env[variable] = template.url;
    made.push(async () => {
      delete process.env[variable];
      await template.remove();
    });
  }
  return async () => {
    for (const remove of made) await remove();
  };
}
