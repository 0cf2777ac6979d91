// Soak: the production server (the bundle `npm start` runs) as a child process on a fresh seeded database, under
// mixed reads and writes from several signed-in demo roles at a steady concurrency over keep-alive connections,
// for N minutes. Samples the server's resident memory every few seconds and prints JSON: the samples, requests
// and errors per procedure, latency, and the least-squares slope of RSS (MB per minute) after a warm-up.
// Usage: npm run soak -- --minutes 10 [--database URL] [--concurrency 8] [--warmup-minutes 2]
//        [--sample-seconds 10] [--port 3323] [--start "node --some-flag dist/main.js"]
//        [--memory-split] [--heap-snapshots 2,10]
// (--start: another command line than the gateway's start script, e.g. to compare V8 flags. --memory-split
// preloads memory-probe.mjs into the server, which samples V8's heap, external memory and the rest beside RSS;
// --heap-snapshots writes a V8 heap snapshot at each of those minutes, into the folder the JSON names.)
// Without --database it uses a new SQLite file under the system temp folder, removed afterwards; a database given
// is migrated and, when empty, seeded with the demo by the server itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { demoPassword } from '../../services/gateway/src/seed/demo-data';
import { type SessionHeaders, signInByFetch } from '../../tests/support/http-session';
import { scriptOptions } from '../options';
import { type PartSample, partSlopes, probeSamples } from './memory-split';
import {
  buildGateway,
  killTree,
  memoryOf,
  productionStart,
  type RunningServer,
  startServer,
  withNodeFlags,
} from './production-server';
import { type Mapping, readSmaps, smapsByKind, smapsGrowth } from './smaps';
import { flatWithinNoise, linearFit, percentile } from './stats';

const { arg, flag } = scriptOptions(
  ['minutes', 'concurrency', 'warmup-minutes', 'sample-seconds', 'port', 'database', 'start', 'heap-snapshots'],
  ['memory-split'],
);
const minutes = Number(arg('minutes', '10'));
const concurrency = Number(arg('concurrency', '8'));
const warmupMinutes = Number(arg('warmup-minutes', String(Math.min(2, minutes / 4))));
const sampleMs = Number(arg('sample-seconds', '10')) * 1000;
const port = Number(arg('port', '3323'));
const givenDatabase = arg('database', '');
const heapSnapshotMinutes = arg('heap-snapshots', '').split(',').filter(Boolean).map(Number);
const memorySplit = flag('memory-split');
// Kept after the run (the JSON names it): the probe's samples and the heap snapshots.
const diagnostics = memorySplit || heapSnapshotMinutes.length ? mkdtempSync(join(tmpdir(), 'soak-memory-')) : undefined;
const probeFile = diagnostics && memorySplit ? join(diagnostics, 'memory.jsonl') : undefined;
const start = withNodeFlags(arg('start', productionStart()), [
  ...(memorySplit ? [`--import=${join(import.meta.dirname, 'memory-probe.mjs')}`] : []),
  ...(heapSnapshotMinutes.length ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${diagnostics}`] : []),
]);
if (!(minutes > 0) || !(concurrency > 0) || !(warmupMinutes >= 0) || warmupMinutes >= minutes)
  throw new Error('--minutes and --concurrency must be positive, and --warmup-minutes shorter than --minutes');

// A fixed pseudo-random sequence: every run sends the same mix.
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

type Session = { username: string; headers: SessionHeaders };
type Unit = { id: number; parentId: number | null; kind: string; name: string; path: string };

class Client {
  readonly pool: Pool;
  requests = 0;
  readonly errors = new Map<string, number>();
  readonly latencyMs = new Map<string, number[]>();

  constructor(base: string) {
    this.pool = new Pool(base, { connections: concurrency, pipelining: 1 });
  }

  /** One tRPC call, as the browser's client sends it (GET for queries, POST for mutations). Null on an error answer. */
  async call<T>(session: Session, procedure: string, input?: unknown, mutation = false): Promise<T | null> {
    const encoded = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const started = performance.now();
    const res = await this.pool.request({
      path: `/trpc/${procedure}${mutation ? '' : encoded}`,
      method: mutation ? 'POST' : 'GET',
      headers: session.headers,
      body: mutation ? JSON.stringify(input ?? {}) : undefined,
    });
    const text = await res.body.text();
    this.requests++;
    const times = this.latencyMs.get(procedure) ?? [];
    times.push(performance.now() - started);
    this.latencyMs.set(procedure, times);
    if (res.statusCode >= 300) {
      // Status and procedure only: an error body may quote what was sent.
      const key = `${procedure} ${res.statusCode}`;
      this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
      return null;
    }
    return (JSON.parse(text) as { result: { data: T } }).result.data;
  }
}

/** What one worker writes with: its session, a unit and column to write articles into, and a unit to rename. */
type Desk = { session: Session; columnId: number; renameUnit: Unit | undefined; articles: number[]; renames: number };

async function prepareDesks(client: Client, sessions: Session[]): Promise<Desk[]> {
  const desks: Desk[] = [];
  for (let i = 0; i < concurrency; i++) {
    const session = sessions[i % sessions.length] as Session;
    const units = (await client.call<Unit[]>(session, 'identity.units.tree', {})) ?? [];
    const branches = units.filter((u) => u.kind === 'branch');
    // Workers sharing a session take different branches, so their renames do not race each other.
    const branch = branches[Math.floor(i / sessions.length) % Math.max(1, branches.length)] ?? units[0];
    if (!branch) throw new Error(`${session.username} sees no unit`);
    const columns = (await client.call<{ id: number }[]>(session, 'content.columns.list', { unitId: branch.id })) ?? [];
    if (!columns[0]) throw new Error(`${session.username} finds no column in unit ${branch.id}`);
    const mayRename = session.username === 'admin' || session.username.endsWith('admin');
    desks.push({
      session,
      columnId: columns[0].id,
      renameUnit: mayRename ? branch : undefined,
      articles: [],
      renames: 0,
    });
  }
  return desks;
}

/** One step of a worker: mostly the lists people page through, and a steady trickle of every kind of write. */
async function step(client: Client, desk: Desk, readers: Session[], managers: Session[]) {
  const reader = pick(readers);
  const r = random();
  if (r < 0.28)
    return client.call(reader, 'content.articles.list', {
      page: 1 + Math.floor(random() * 3),
      pageSize: 20,
      sort: pick(['updatedAt', 'createdAt', 'publishedAt', 'title'] as const),
      order: pick(['asc', 'desc'] as const),
    });
  if (r < 0.4) return client.call(pick(managers), 'identity.users.list', { page: 1, pageSize: 20 });
  if (r < 0.5)
    return client.call(pick(managers), 'identity.audit.list', { page: 1 + Math.floor(random() * 2), pageSize: 20 });
  if (r < 0.56) return client.call(reader, 'identity.units.tree', {});
  if (r < 0.62) return client.call(reader, 'content.articles.countByStatus', {});
  if (r < 0.66) return client.call(reader, 'identity.auth.me');
  const own = desk.articles;
  if (r < 0.72 && own.length > 0) return client.call(desk.session, 'content.articles.get', { id: pick(own) });
  if (r < 0.84 || own.length < 3) {
    if (own.length >= 20) return client.call(desk.session, 'content.articles.list', { page: 1, pageSize: 20 });
    const created = await client.call<{ id: number }>(
      desk.session,
      'content.articles.create',
      { columnId: desk.columnId, title: `Soak ${own.length} ${Math.floor(random() * 1e6)}`, body: 'x'.repeat(400) },
      true,
    );
    if (created) own.push(created.id);
    return created;
  }
  if (r < 0.93)
    return client.call(
      desk.session,
      'content.articles.update',
      { id: pick(own), title: `Soak edit ${Math.floor(random() * 1e6)}`, summary: 'y'.repeat(100) },
      true,
    );
  if (r < 0.98) {
    const id = own.splice(Math.floor(random() * own.length), 1)[0];
    return client.call(desk.session, 'content.articles.delete', { id }, true);
  }
  if (!desk.renameUnit) return client.call(desk.session, 'identity.auth.me');
  // Back and forth between the demo name and a marked one, so the tree stays the demo's.
  desk.renames++;
  const name = desk.renames % 2 ? `${desk.renameUnit.name}·` : desk.renameUnit.name;
  return client.call(desk.session, 'identity.units.rename', { id: desk.renameUnit.id, name }, true);
}

const dir = givenDatabase ? undefined : mkdtempSync(join(tmpdir(), 'server-soak-'));
const databaseUrl = givenDatabase || `file:${join(dir as string, 'soak.db')}`;
let server: RunningServer | undefined;
let pool: Pool | undefined;
try {
  buildGateway();
  server = await startServer({
    script: start,
    port,
    databaseUrl,
    env: probeFile ? { STRATA_MEMORY_PROBE: probeFile, STRATA_MEMORY_PROBE_MS: String(sampleMs) } : {},
  });
  const client = new Client(server.base);
  pool = client.pool;
  const roles = ['admin', 'chengguan', 'donghu', 'editor', 'reviewer', 'secretary'];
  const sessions: Session[] = [];
  for (const username of roles)
    sessions.push({ username, headers: await signInByFetch(`${server.base}/trpc`, username, demoPassword) });
  const writers = sessions.filter((s) => ['admin', 'chengguan', 'donghu', 'editor'].includes(s.username));
  const desks = await prepareDesks(client, writers);
  // Users and the audit log are the admins' pages: the other roles would only be refused.
  const managers = sessions.filter((s) => ['admin', 'chengguan', 'donghu'].includes(s.username));

  const pid = server.serverPid();
  const samples: { minute: number; rssMb: number; requests: number }[] = [];
  // With --memory-split: resident kB per kind of mapping (smaps), sampled with RSS.
  const mapSamples: PartSample[] = [];
  const cpuMsAtStart = server.cpuMs();
  const started = performance.now();
  const elapsedMinutes = () => (performance.now() - started) / 60_000;
  const sample = () => {
    if (server?.child.exitCode !== null) throw new Error(`server exited: ${server?.stderr()}`);
    const minute = Math.round(elapsedMinutes() * 1000) / 1000;
    samples.push({ minute, rssMb: memoryOf(pid).rssMb, requests: client.requests });
    if (memorySplit) mapSamples.push({ minute, parts: smapsByKind(readSmaps(pid)) });
  };
  sample();
  let sampleError: unknown;
  const sampler = setInterval(() => {
    try {
      sample();
    } catch (e) {
      sampleError = e;
    }
  }, sampleMs);
  const end = started + minutes * 60_000;
  // The memory map at the end of the warm-up and at the end, to see which mappings grew in between.
  let smapsAtWarmup: Mapping[] | undefined;
  const smapsTimer = memorySplit
    ? setTimeout(() => {
        smapsAtWarmup = readSmaps(pid);
      }, warmupMinutes * 60_000)
    : undefined;
  // Snapshots are taken by the server itself on the signal (it pauses for a few seconds meanwhile).
  const snapshotTimers = heapSnapshotMinutes.map((m) =>
    setTimeout(() => process.kill(pid, 'SIGUSR2'), Math.min(m * 60_000, minutes * 60_000 - 5_000)),
  );
  await Promise.all(
    desks.map(async (desk) => {
      while (performance.now() < end && !sampleError) await step(client, desk, sessions, managers);
    }),
  );
  clearInterval(sampler);
  for (const timer of snapshotTimers) clearTimeout(timer);
  clearTimeout(smapsTimer);
  const smapsAtEnd = memorySplit ? readSmaps(pid) : undefined;
  if (sampleError) throw sampleError;
  sample();
  const requestsDone = client.requests;
  // CPU time per request, whatever else the machine runs meanwhile (what flags and settings trade memory against).
  const cpuMsPerRequest = (server.cpuMs() - cpuMsAtStart) / requestsDone;

  const afterWarmup = samples.filter((s) => s.minute >= warmupMinutes);
  const fit = linearFit(afterWarmup.map((s) => ({ x: s.minute, y: s.rssMb })));
  const all = [...client.latencyMs.values()].flat().sort((a, b) => a - b);
  const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
  const errors = Object.fromEntries(client.errors);
  const errorCount = [...client.errors.values()].reduce((a, b) => a + b, 0);
  const stopCode = await server.stop();
  console.log(
    JSON.stringify(
      {
        soak: 'mixed reads and writes through the production server',
        database: givenDatabase ? 'given (--database)' : 'fresh SQLite file',
        start,
        node: process.version,
        loadAverage1m: round(loadavg()[0] ?? 0),
        minutes,
        concurrency,
        warmupMinutes,
        roles,
        startedHealthyMs: server.healthyMs,
        requests: requestsDone,
        requestsPerSecond: round(requestsDone / (minutes * 60), 1),
        serverCpuMsPerRequest: round(cpuMsPerRequest, 3),
        errors: errorCount,
        errorsByProcedureAndStatus: errors,
        latencyMs: {
          p50: round(percentile(all, 50)),
          p95: round(percentile(all, 95)),
          p99: round(percentile(all, 99)),
        },
        perProcedure: Object.fromEntries(
          [...client.latencyMs].map(([procedure, times]) => {
            const sorted = [...times].sort((a, b) => a - b);
            return [
              procedure,
              { calls: times.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) },
            ];
          }),
        ),
        rss: {
          atStartMb: samples[0]?.rssMb,
          maxMb: Math.max(...samples.map((s) => s.rssMb)),
          afterWarmup: {
            samples: afterWarmup.length,
            minMb: Math.min(...afterWarmup.map((s) => s.rssMb)),
            maxMb: Math.max(...afterWarmup.map((s) => s.rssMb)),
            slopeMbPerMinute: round(fit.slope, 3),
            slopeStdErrMbPerMinute: round(fit.slopeStdErr, 3),
            residualAutocorrelation: round(fit.residualAutocorrelation, 2),
            slopeStdErrCorrectedMbPerMinute: round(fit.slopeStdErrCorrected, 3),
            residualSdMb: round(fit.residualSd),
            // Flat within noise: the slope lies within two standard errors of zero, corrected for autocorrelation.
            flatWithinNoise: flatWithinNoise(fit),
          },
        },
        serverExitCode: stopCode,
        ...(diagnostics ? { diagnostics } : {}),
        ...(probeFile
          ? {
              // The probe's minutes count from the server's start, a few seconds before the load's.
              memorySplitMb: partSlopes(probeSamples(readFileSync(probeFile, 'utf8')), warmupMinutes),
              memoryMapKb: partSlopes(mapSamples, warmupMinutes),
            }
          : {}),
        ...(smapsAtWarmup && smapsAtEnd
          ? {
              mappingsThatChangedAfterWarmup: smapsGrowth(smapsAtWarmup, smapsAtEnd),
            }
          : {}),
        samples,
      },
      null,
      2,
    ),
  );
  if (errorCount > 0 || stopCode !== 0) process.exitCode = 1;
} catch (e) {
  // A request that failed because the server went away says nothing of why: what the server wrote last does.
  if (server) {
    await new Promise((r) => setTimeout(r, 500)); // the exit, if that is what happened, is reaped meanwhile
    const { exitCode, signalCode } = server.child;
    console.error(`server ${exitCode ?? signalCode ?? 'still running'}; its last output:\n${server.stderr()}`);
  }
  throw e;
} finally {
  await pool?.close();
  if (server?.child.exitCode === null) killTree(server.child);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
