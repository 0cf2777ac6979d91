// Benchmark: many `identity.units.move` calls at once through the whole gateway (HTTP batches, session,
// scope, transactions), as a reorganisation sends them. Counts the answers per HTTP status, times the
// run, and checks the tree afterwards. Prints JSON.
// Usage: npx tsx scripts/bench/concurrent-moves.ts [--moves 100] [--batch 20] [--provider postgresql|sqlite]

import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inconsistentUnits, type Provider } from '@strata/db';
import { createTestDatabase } from '@strata/db/testing';
import { buildServer, demoPassword, loadConfig, seedDemo } from '@strata/gateway';
import { signInByFetch } from '../../tests/support/http-session';
import { scriptOptions } from '../options';

const { arg } = scriptOptions(['moves', 'batch', 'provider']);
const moveCount = Number(arg('moves', '100'));
const batchSize = Number(arg('batch', '20'));
const provider = arg('provider', 'postgresql') as Provider;

// A fixed pseudo-random sequence, so every run sends the same moves.
let state = 42;
const pick = <T>(items: T[]) => {
  state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
  return items[state % items.length] as T;
};

const database = await createTestDatabase(provider);
const seed = await seedDemo(database.db);
const app = await buildServer(
  loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', STATIC_ROOT: mkdtempSync(join(tmpdir(), 'bench-')) }),
  database.db,
);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/trpc`;
const { cookie, 'x-csrf-token': csrf } = await signInByFetch(base, 'admin', demoPassword);

// Contention on purpose: a few townships' branches move between townships while groups move into them.
const townships = Object.values(seed.townships);
const branches = townships.slice(0, 3).flatMap((t) => t.branches.slice(0, 4));
const groups = await Promise.all(
  Array.from({ length: 20 }, (_, i) =>
    database.db.$transaction(async (tx) => {
      const parent = branches[i % branches.length]!;
      const draft = await tx.unit.create({
        data: { parentId: parent.id, kind: 'group', name: `bench ${i}`, path: `tmp:${i}`, depth: parent.depth + 1 },
      });
      return tx.unit.update({ where: { id: draft.id }, data: { path: `${parent.path}${draft.id}/` } });
    }),
  ),
);
const moves = Array.from({ length: moveCount }, (_, i) =>
  i % 5 < 3
    ? { id: pick(branches).id, parentId: pick(townships).id }
    : { id: pick(groups).id, parentId: pick(branches).id },
);

const statuses: Record<string, number> = {};
const count = (key: string) => {
  statuses[key] = (statuses[key] ?? 0) + 1;
};
type Answer = { result?: unknown; error?: { data?: { httpStatus?: number; code?: string } } };
async function sendBatch(batch: typeof moves) {
  const paths = batch.map(() => 'identity.units.move').join(',');
  const res = await fetch(`${base}/${paths}?batch=1`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify(Object.fromEntries(batch.map((input, i) => [i, input]))),
  });
  const body = (await res.json()) as Answer[] | Answer;
  if (!Array.isArray(body)) return count(`${res.status} (whole batch)`);
  for (const answer of body)
    count(answer.error ? `${answer.error.data?.httpStatus} ${answer.error.data?.code}` : '200 ok');
}

const batches = Array.from({ length: Math.ceil(moves.length / batchSize) }, (_, i) =>
  moves.slice(i * batchSize, (i + 1) * batchSize),
);
const t0 = performance.now();
await Promise.all(batches.map(sendBatch));
const wallMs = Math.round(performance.now() - t0);

console.log(
  JSON.stringify(
    {
      benchmark: 'identity.units.move, all batches in flight at once (municipal admin)',
      provider,
      moves: moves.length,
      batchSize,
      batches: batches.length,
      answers: statuses,
      wallMs,
      inconsistentUnits: (await inconsistentUnits(database.db)).length,
    },
    null,
    2,
  ),
);
await app.close();
await database.drop();
