// The floor: each bench case's hand-written SQL behind a bare Fastify route, on the same database as the
// gateway, in its own process (so neither the gateway nor the load generator shares its event loop).
//   DATABASE_URL=… PORT=… tsx scripts/bench/harness/floor-server.ts (the variables the gateway reads)
import fastifyStatic from '@fastify/static';
import { type BatchCall, type BenchPicked, isBatchCase, isPageCase, type ProcedureBenchCase } from '@strata/api';
import Fastify from 'fastify';
import { batchFloorCases, loadCallers, loadCases, pickedFor, resolveBatches, resolvePicks } from './cases';
import { pageFile } from './pages';
import { openRawDb } from './raw-db';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
/** Set by the runner when it has page cases (processes.ts). */
const optional = (name: string): string | undefined => process.env[name];
const raw = openRawDb(env('DATABASE_URL'));
const cases = await loadCases();
const callers = await loadCallers(raw);
// What a case picks and a batch asks, read when the runner first asks for its floor: a run of some cases (`--only`)
// reads nothing for the others, which this database may have nothing to pick for.
const picks = new Map<string, Promise<ReadonlyMap<string, BenchPicked>>>();
const resolved = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as Promise<T>;
};
const batches = new Map<string, Promise<ReadonlyMap<string, readonly BatchCall[]>>>();
const app = Fastify({ logger: false });
// A page case's floor is its page as a static file (pages.ts wrote them): @fastify/static's sendFile, with its
// own ETag and Last-Modified, as any static site would serve it.
const pagesDir = optional('BENCH_PAGES_DIR');
if (pagesDir) await app.register(fastifyStatic, { root: pagesDir, serve: false });
app.get<{ Params: { name: string; role: string } }>('/floor/:name/:role', async (req, reply) => {
  const found = cases.find((c) => c.name === req.params.name);
  const caller = callers.find((c) => c.role === req.params.role);
  if (!found || !caller) return reply.code(404).send({ error: 'no such case or role' });
  if (isPageCase(found)) return reply.sendFile(pageFile(found.name, caller.role));
  if (!isBatchCase(found)) return { results: await floorOf(found, caller) };
  const key = `${found.name}/${caller.role}`;
  const asked = await resolved(batches, key, () => resolveBatches([found], [caller]));
  const parts = batchFloorCases(cases, asked.get(key) ?? []);
  return { results: (await Promise.all(parts.map((part) => floorOf(part, caller)))).flat() };
});

/** A procedure case's hand-written SQL for the caller: the rows of each statement. */
async function floorOf(found: ProcedureBenchCase, caller: (typeof callers)[number]) {
  const query = found.floor[raw.provider];
  const key = `${found.name}/${caller.role}`;
  const picked = await resolved(picks, key, () => resolvePicks(raw, [found], [caller]));
  const params = query.params(caller, pickedFor(picked, found.name, caller.role));
  // Statements of one answer run side by side, as the service's own Promise.all does.
  const statements = typeof query.sql === 'function' ? query.sql(caller) : query.sql;
  return Promise.all(statements.map((sql) => raw.all(sql, params)));
}
app.get('/healthz', async () => ({ ok: true }));
await app.listen({ port: Number(env('PORT')), host: '127.0.0.1' });
process.on('SIGTERM', async () => {
  await app.close();
  await raw.close();
  process.exit(0);
});
