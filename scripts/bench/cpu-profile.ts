// `npm run bench:profile [-- --procedure content.articles.list] [--as admin] [--seconds 10] [--concurrency 8]
//   [--port 3000] [--size demo|xl] [--path /site/jiangcheng/search?q=... [--fresh]] [--database file:/tmp/fixture.db]`
// Where a loaded gateway's time goes: the production server (as `npm start` runs it, plus --cpu-prof) on a fresh
// database (demo size unless --size xl; --database loads one built before instead), one procedure called as one demo
// login (or, with --path, a public page loaded without a session; --fresh: its address made new each time, past the
// one-second page memo, as the bench's fresh cases do) at a fixed concurrency, then the CPU profile's self time
// while under load (start-up and warm-up left out) summed into buckets: garbage collection, idle, the native SQLite calls, each package the time was spent in
// (through the bundle's source map), Strata's own code per workspace. Prints JSON, largest bucket first.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPassword } from '@strata/gateway';
import { signInByFetch } from '../../tests/support/http-session';
import { buildFixture } from '../fixture/build';
import { scriptOptions } from '../options';
import { buildGateway, productionStart, repoRoot, startServer } from '../soak/production-server';
import { load } from './harness/load';
import { freePort } from './harness/processes';

const { arg, flag } = scriptOptions(
  ['procedure', 'as', 'seconds', 'concurrency', 'input', 'port', 'size', 'path', 'database'],
  ['fresh'],
);
const procedure = arg('procedure', 'content.articles.list');
const username = arg('as', 'admin');
const seconds = Number(arg('seconds', '10'));
const concurrency = Number(arg('concurrency', '8'));
const input = arg('input', JSON.stringify({ page: 1, pageSize: 20 }));

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Profile = {
  nodes: { id: number; callFrame: Frame }[];
  samples: number[];
  timeDeltas: number[];
};

const page = arg('path');
let asked = 0;
const pagePath = (path: string) =>
  flag('fresh') ? () => `${path}${path.includes('?') ? '&' : '?'}fresh=${++asked}` : path;
const dir = mkdtempSync(join(tmpdir(), 'strata-profile-'));
const url = arg('database') ?? `file:${join(dir, 'profile.db')}`;
if (!arg('database')) await buildFixture({ url, size: arg('size', 'demo') === 'xl' ? 'xl' : 'demo', seed: 1 });
buildGateway();
const spawned = performance.now();
const server = await startServer({
  script: productionStart().replace(/\bnode\b/, `node --cpu-prof --cpu-prof-dir=${dir}`),
  port: arg('port') ? Number(arg('port')) : await freePort(),
  databaseUrl: url,
});
const warmupMs = 1000;
let result: Awaited<ReturnType<typeof load>>;
// The part of the profile to sum (ms since the server started): the measured load, not start-up or warm-up.
let window = { from: 0, to: 0 };
try {
  const headers: Record<string, string> = page
    ? {}
    : { cookie: (await signInByFetch(`${server.base}/trpc`, username, demoPassword)).cookie };
  const from = performance.now() - spawned + warmupMs;
  result = await load({
    origin: server.base,
    path: page ? pagePath(page) : `/trpc/${procedure}?input=${encodeURIComponent(input)}`,
    headers,
    concurrency,
    durationMs: seconds * 1000,
    warmupMs,
  });
  window = { from, to: performance.now() - spawned };
} finally {
  await server.stop();
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
const bundle = join(repoRoot, 'services/gateway/dist/main.js');
const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));

/** SQLite's work happens in better-sqlite3's native methods, which the profile names without a file. */
const nativeSqlite: Record<string, string> = {
  prepare: 'better-sqlite3 prepare',
  all: 'SQL execution',
  run: 'SQL execution',
  get: 'SQL execution',
  iterate: 'SQL execution',
  raw: 'SQL execution',
};

function bucketOf({ functionName, url: where, lineNumber, columnNumber }: Frame): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(program)') return 'V8 and native (unattributed)';
  if (!where) return nativeSqlite[functionName] ?? `native: ${functionName || '(anonymous)'}`;
  if (where.startsWith('node:')) return `Node.js ${where.replace(/^node:(internal\/)?/, '')}`;
  let source = where;
  if (where.endsWith('dist/main.js')) {
    const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string };
    source = entry.originalSource ?? where;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg.startsWith('@prisma/') ? `Prisma (${pkg})` : pkg;
  const workspace = /(packages|services|apps)\/([^/]+)\//.exec(source);
  return workspace ? `Strata ${workspace[1]}/${workspace[2]}` : source;
}

const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const micros = new Map<string, number>();
let total = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  const frame = byNode.get(id);
  if (!frame || at / 1000 < window.from || at / 1000 > window.to) return;
  const bucket = bucketOf(frame);
  micros.set(bucket, (micros.get(bucket) ?? 0) + dt);
  total += dt;
});
const buckets = [...micros]
  .sort((a, b) => b[1] - a[1])
  .map(([bucket, us]) => ({ bucket, ms: Math.round(us / 1000), percent: Math.round((us / total) * 1000) / 10 }));
console.log(
  JSON.stringify(
    {
      ...(page ? { path: page } : { procedure, as: username }),
      concurrency,
      seconds,
      load: result,
      profile: join(dir, file),
      buckets,
    },
    null,
    2,
  ),
);
