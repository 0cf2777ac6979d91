// Benchmark: how long sign-in takes to answer a wrong password for an existing account, an unknown username
// and a locked account, over HTTP through the gateway. The three must be indistinguishable (same work, same
// answers); the figures show how close they are. Prints JSON.
// Usage: npx tsx scripts/bench/sign-in-timing.ts [--rounds 40] [--provider sqlite|postgresql]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Provider } from '@strata/db';
import { createTestDatabase } from '@strata/db/testing';
import { buildServer, loadConfig, seedDemo } from '@strata/gateway';
import { scriptOptions } from '../options';

const { arg } = scriptOptions(['rounds', 'provider']);
const rounds = Number(arg('rounds', '40'));
const provider = arg('provider', 'sqlite') as Provider;

const database = await createTestDatabase(provider);
await seedDemo(database.db, { articlesPerUnit: 0 });
const app = await buildServer(
  loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    STATIC_ROOT: mkdtempSync(join(tmpdir(), 'strata-static-')),
    SIGNIN_ATTEMPTS_PER_ADDRESS: '100000',
    MAX_FAILED_LOGINS: '5',
  }),
  database.db,
);
const attempt = async (username: string) => {
  const t0 = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/identity.auth.login',
    payload: { username, password: 'wrong-password-1' },
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'x' },
  });
  return { ms: performance.now() - t0, status: res.statusCode };
};
for (let i = 0; i < 5; i++) await attempt('dues'); // locks "dues"
const cases = { wrongPassword: [] as number[], unknownUser: [] as number[], locked: [] as number[] };
const statuses: Record<string, number[]> = { wrongPassword: [], unknownUser: [], locked: [] };
// Interleaved, and each wrong-password / unknown name used fewer times than the lockout needs.
const existing = ['editor', 'reviewer', 'secretary', 'trainer', 'volunteer', 'mailbox', 'member', 'chengguan'];
for (let i = 0; i < rounds; i++) {
  const w = await attempt(existing[i % existing.length] as string);
  const u = await attempt(`nobody-${i}`);
  const l = await attempt('dues');
  cases.wrongPassword.push(w.ms);
  cases.unknownUser.push(u.ms);
  cases.locked.push(l.ms);
  statuses.wrongPassword?.push(w.status);
  statuses.unknownUser?.push(u.status);
  statuses.locked?.push(l.status);
  if (i % existing.length === existing.length - 1)
    await database.db.attemptCounter.deleteMany({ where: { key: { startsWith: 'user:' }, NOT: { key: 'user:dues' } } });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x * 100) / 100;
const medians = Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, round(median(v))]));
console.log(
  JSON.stringify(
    {
      provider,
      rounds,
      medianMs: medians,
      ratioToWrongPassword: {
        unknownUser: round((medians.unknownUser ?? 0) / (medians.wrongPassword ?? 1)),
        locked: round((medians.locked ?? 0) / (medians.wrongPassword ?? 1)),
      },
      statuses: Object.fromEntries(Object.entries(statuses).map(([k, v]) => [k, [...new Set(v)]])),
    },
    null,
    2,
  ),
);
await app.close();
await database.drop();
