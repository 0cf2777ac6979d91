// What the gateway does to its database before it serves: apply the migrations, open it, load the personal-data
// keys (creating the file on a first start), and seed an empty database with the demo once (SEED_DEMO).
// main.ts runs it at every start; the browser tests run it ahead of their consoles (tests/e2e/seed-console.ts).
import { createDb, deployMigrations } from '@strata/db';
import type { GatewayConfig } from './config';
import { configureFiles } from './files-plugin';
import { configurePersonalData } from './personal-data';
import { seedDemoOnce } from './seed/demo';

export async function prepareDatabase(config: GatewayConfig) {
  const applied = await deployMigrations(config.DATABASE_URL);
  const db = await createDb(config.DATABASE_URL);
  const keys = configurePersonalData(config);
  const seeded = config.SEED_DEMO ? await seedDemoOnce(db, configureFiles(db, config), config.DATABASE_URL) : false;
  return { applied, db, keys, seeded };
}
