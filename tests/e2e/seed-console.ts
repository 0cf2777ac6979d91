// A console's database and uploads as its first start leaves them (migrated, the demo seeded), prepared ahead of the
// browser tests: `npm test` runs this beside Vitest, at a lower priority, and start-consoles.mjs starts each console on
// a copy (about 1 s to healthy, where seeding at start took 14 s for one alone, more for two side by side).
// Usage: tsx tests/e2e/seed-console.ts <folder>  (writes <folder>/console.db and <folder>/files)
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../services/gateway/src/config';
import { prepareDatabase } from '../../services/gateway/src/prepare-database';

const folder = process.argv[2];
if (!folder) throw new Error('usage: seed-console.ts <folder>');
const dir = resolve(folder);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const config = loadConfig({
  ...process.env,
  DATABASE_URL: `file:${join(dir, 'console.db')}`,
  FILES_DIR: join(dir, 'files'),
  SEED_DEMO: 'true',
});
const { db, seeded } = await prepareDatabase(config);
// Closing the last connection folds the write-ahead log into the file, so the file alone is the whole database.
await db.$disconnect();
if (!seeded) throw new Error(`seed-console: ${dir} held a database already`);
console.log(`seed-console: ${dir} seeded`);
