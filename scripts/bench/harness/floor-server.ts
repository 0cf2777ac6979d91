// The floor: each bench case's hand-written SQL behind a bare Fastify route, on the same database as the
// gateway, in its own process (so neither the gateway nor the load generator shares its event loop).
//   DATABASE_URL=… PORT=… tsx scripts/bench/harness/floor-server.ts (the variables the gateway reads)
import fastifyStatic from '@fastify/static';
import { isPageCase } from '@strata/api';
import Fastify from 'fastify';
import { loadCallers, loadCases, pickedFor, resolvePicks } from './cases';
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
const picks = await resolvePicks(raw, cases, callers);
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
  const query = found.floor[raw.provider];
  const params = query.params(caller, pickedFor(picks, found.name, caller.role));
  // Statements of one answer run side by side, as the service's own Promise.all does.
  const statements = typeof query.sql === 'function' ? query.sql(caller) : query.sql;
  const results = await Promise.all(statements.map((sql) => raw.all(sql, params)));
  return { results };
});
app.get('/healthz', async () => ({ ok: true }));
await app.listen({ port: Number(env('PORT')), host: '127.0.0.1' });
process.on('SIGTERM', async () => {
  await app.close();
  await raw.close();
  process.exit(0);
});
