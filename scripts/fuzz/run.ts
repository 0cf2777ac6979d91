// `npm run fuzz -- --runs N [--database URL] [--only prefix] [--seed S]`: the long fuzz run. Every procedure of
// the merged router, N inputs per caller (signed out, the municipal admin, a member), through the gateway's
// HTTP layer. Without --database it runs on a seeded throwaway database of each provider it can reach
// (SQLite always, PostgreSQL when it answers); with --database, on that database, seeding the demo if it is
// empty: its data will be changed by the mutations, so never point it at data you keep. Prints one JSON
// report; exits 1 on any failure.

import type { Provider } from '@strata/db';
import { createDb, deployMigrations, providerOf } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { fileStorage } from '@strata/files';
import { seedDemoOnce } from '@strata/gateway';
import { createTestEnv } from '../../tests/support/env';
import { scriptOptions } from '../options';
import { type FuzzReport, fuzzAll, startFuzzServer } from './harness';

const { arg } = scriptOptions(['runs', 'seed', 'only', 'database']);
const runs = Number(arg('runs') ?? '100');
const seed = Number(arg('seed') ?? Date.now() % 2_147_483_647);
const only = arg('only');
const database = arg('database');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function onThrowaway(provider: Provider): Promise<FuzzReport> {
  const test = await createTestEnv(provider, { articlesPerUnit: 2 });
  try {
    const server = await startFuzzServer(test.db, test.url);
    const report = await fuzzAll(server, { database: provider, runs, seed, only, progress });
    await server.app.close();
    return report;
  } finally {
    await test.drop();
  }
}

async function onGiven(url: string): Promise<FuzzReport> {
  await deployMigrations(url);
  const db = await createDb(url);
  try {
    await seedDemoOnce(db, fileStorage(db), url);
    const server = await startFuzzServer(db, url);
    const report = await fuzzAll(server, { database: providerOf(url), runs, seed, only, progress });
    await server.app.close();
    return report;
  } finally {
    await db.$disconnect();
  }
}

const reports = database ? [await onGiven(database)] : [];
if (!database) for (const provider of await testProviders()) reports.push(await onThrowaway(provider));
console.log(JSON.stringify({ seed, reports }, null, 2));
process.exit(reports.some((r) => r.failures.length || r.healthAfter.length) ? 1 : 0);
