// For the standard Prisma CLI (with network access): picks the provider's schema and migrations from
// DATABASE_URL, e.g. `DATABASE_URL=postgresql://... npx prisma migrate deploy` run in packages/db.
// Strata itself never needs this: it migrates at start-up through the WebAssembly engine.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:../../data/strata.db';
const provider = /^postgres(ql)?:/.test(url) ? 'postgresql' : 'sqlite';

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
