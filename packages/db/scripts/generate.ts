// `npm run db:generate`: writes each provider's schema from the shared models and generates its client.
// Runs the Prisma CLI offline: `generate` needs no schema engine, so we point the CLI at a harmless
// existing file instead of letting it download one (these machines cannot reach Prisma's binary host).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { assembleSchema, providers, schemaPath } from './schema-files';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

for (const provider of providers) {
  const file = schemaPath(provider);
  const text = assembleSchema(provider);
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', file], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  console.log(`[db] ${provider}: schema and client generated`);
}
