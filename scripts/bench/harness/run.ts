// `npm run bench [-- --only NAME] [--providers sqlite,postgresql] [--database URL] [--size demo|xl]
//   [--duration MS] [--concurrency 1,8] [--out DIR] [--ports GATEWAY,FLOOR] [--explain] [--operations]`
// Every registered case, as each bench role, at each concurrency, through the real gateway (a child process
// started as production starts it) and beside its floor (the same answer as hand-written SQL behind a bare
// Fastify route, another child process on the same database). Writes JSON and a Markdown table; prints the table.
// `--operations` runs the teams' one-shot writes instead (operations.ts), once each, on a copy of the database.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCaller, BenchCase } from '@strata/api';
import type { Provider } from '@strata/db';
import { pgAdminUrl } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import pg from 'pg';
import { signInByFetch } from '../../../tests/support/http-session';
import { buildFixture } from '../../fixture/build';
import { isSizeName, type SizeName, sizes } from '../../fixture/sizes';
import { scriptOptions } from '../../options';
import { loadCallers, loadCases, resolveBatches, resolvePicks } from './cases';
import { explainCases, type Plan } from './explain';
import { type LoadResult, load } from './load';
import { loadOperations, type OperationRow, runOperations } from './operations';
import { gatewayRequest, resolvePages, writePageFloors } from './pages';
import { startFloor, startGateway } from './processes';
import { openRawDb } from './raw-db';

const { arg, flag } = scriptOptions(
  ['only', 'size', 'duration', 'concurrency', 'out', 'database', 'ports', 'providers'],
  ['explain', 'operations'],
);
const only = arg('only');
const sizeArg = arg('size', 'demo') as string;
if (!isSizeName(sizeArg)) throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}`);
const size: SizeName = sizeArg;
const durationMs = Number(arg('duration', '2000'));
const concurrencies = (arg('concurrency', '1,8') as string).split(',').map(Number);
const out = arg('out', join(import.meta.dirname, '../../../.tmp/bench')) as string;
const given = arg('database');
// On a shared machine each user may hold a range of ports: the two servers listen there instead of on free ones.
const [gatewayPort, floorPort] = (arg('ports') ?? '').split(',').filter(Boolean).map(Number);
const explain = flag('explain');
const operations = flag('operations');
const providers = (
  given ? [given.startsWith('file:') ? 'sqlite' : 'postgresql'] : (arg('providers', 'sqlite') as string).split(',')
) as Provider[];

/** A fresh database with the demo (or the large fixture), unless `--database` names one to use as it is. */
async function prepare(provider: Provider): Promise<{ url: string; drop: () => Promise<void> }> {
  if (given) return { url: given, drop: async () => {} };
  let url: string;
  let drop: () => Promise<void>;
  if (provider === 'sqlite') {
    url = `file:${join(mkdtempSync(join(tmpdir(), 'strata-bench-')), 'bench.db')}`;
    drop = async () => {};
  } else {
    const name = `strata_bench_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(pgAdminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  // The demo, or the large fixture around it (the same logins either way).
  const built = await buildFixture({ url, size, seed: 1 });
  console.error(`${provider}: ${size} database built in ${built.totalSeconds} s`);
  return { url, drop };
}

type Row = {
  provider: Provider;
  case: string;
  role: BenchCaller['role'];
  concurrency: number;
  strata: LoadResult;
  floor: LoadResult;
  /** Requests/s of the full stack over the floor's (1 = as fast as raw SQL behind bare HTTP). */
  rpsRatio: number;
  p95Ratio: number;
  /** The floor's server CPU per request over the full stack's (1 = as cheap): requests/s as a quiet machine would show it. */
  cpuRatio?: number;
};

const rows: Row[] = [];
const plans: (Plan & { provider: Provider })[] = [];
const operationRows: OperationRow[] = [];
for (const provider of providers) {
  const database = await prepare(provider);
  const raw = openRawDb(database.url);
  const callers = await loadCallers(raw);
  if (operations) {
    await raw.close();
    try {
      const url = database.url;
      operationRows.push(
        ...(await runOperations({ provider, url, operations: await loadOperations(only), callers, gatewayPort })),
      );
    } finally {
      await database.drop();
    }
    continue;
  }
  const cases: BenchCase[] = await loadCases(only);
  if (explain) {
    for (const plan of await explainCases(database.url, raw, cases, callers)) {
      plans.push({ provider, ...plan });
      console.log(`\n${provider} ${plan.case} as ${plan.role}${plan.warnings.length ? '  <-- does not scale' : ''}`);
      console.log(`  ${plan.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      for (const line of plan.plan) console.log(`    ${line}`);
      for (const warning of plan.warnings.filter((w) => w.startsWith('generic plan'))) console.log(`  ! ${warning}`);
    }
    await raw.close();
    await database.drop();
    continue;
  }
  const pagePaths = await resolvePages(raw, cases, callers);
  const picks = await resolvePicks(raw, cases, callers);
  const batches = await resolveBatches(cases, callers);
  await raw.close();
  const gateway = await startGateway(database.url, gatewayPort);
  // Page cases' floor: the pages as the gateway serves them, as files the floor server sends.
  const pagesDir = mkdtempSync(join(tmpdir(), 'strata-bench-pages-'));
  await writePageFloors(gateway.origin, pagePaths, pagesDir);
  const floor = await startFloor(database.url, floorPort, { BENCH_PAGES_DIR: pagesDir });
  try {
    const sessions = new Map(
      await Promise.all(
        callers.map(
          async (c) => [c.role, await signInByFetch(`${gateway.origin}/trpc`, c.username, demoPassword)] as const,
        ),
      ),
    );
    // A warm-up pass over every case and caller, on both servers, before anything is measured: without it the
    // first case measured ran while the gateway's code was still being optimised (its requests/s 10-20 % below
    // the same list's other sorts, measured right after it).
    for (const benchCase of cases)
      for (const caller of callers) {
        if (benchCase.roles && !benchCase.roles.includes(caller.role)) continue;
        const { cookie } = sessions.get(caller.role) as { cookie: string };
        const warm = { concurrency: Math.max(...concurrencies), durationMs: 500, warmupMs: 0 };
        await load({
          ...warm,
          origin: gateway.origin,
          ...gatewayRequest(benchCase, caller, cookie, pagePaths, picks, batches),
        });
        await load({
          ...warm,
          origin: floor.origin,
          path: `/floor/${encodeURIComponent(benchCase.name)}/${caller.role}`,
        });
      }
    for (const benchCase of cases)
      for (const caller of callers) {
        if (benchCase.roles && !benchCase.roles.includes(caller.role)) continue;
        const { cookie } = sessions.get(caller.role) as { cookie: string };
        for (const concurrency of concurrencies) {
          const common = { concurrency, durationMs, warmupMs: Math.min(1000, durationMs / 2) };
          const strata = await load({
            ...common,
            origin: gateway.origin,
            cpuMs: gateway.cpuMs,
            ...gatewayRequest(benchCase, caller, cookie, pagePaths, picks, batches),
          });
          const base = await load({
            ...common,
            origin: floor.origin,
            cpuMs: floor.cpuMs,
            path: `/floor/${encodeURIComponent(benchCase.name)}/${caller.role}`,
          });
          const row: Row = {
            provider,
            case: benchCase.name,
            role: caller.role,
            concurrency,
            strata,
            floor: base,
            rpsRatio: Math.round((strata.rps / base.rps) * 100) / 100,
            p95Ratio: Math.round((strata.p95 / base.p95) * 100) / 100,
            ...(strata.cpuMsPerRequest && base.cpuMsPerRequest
              ? { cpuRatio: Math.round((base.cpuMsPerRequest / strata.cpuMsPerRequest) * 100) / 100 }
              : {}),
          };
          rows.push(row);
          console.error(
            `${provider} ${row.case} ${row.role} c=${concurrency}: ${strata.rps} rps p95 ${strata.p95} ms` +
              ` | floor ${base.rps} rps p95 ${base.p95} ms | x${row.rpsRatio} cpu x${row.cpuRatio}${strata.errors ? ` ERRORS ${strata.errors}: ${strata.firstError}` : ''}`,
          );
        }
      }
  } finally {
    await gateway.stop();
    await floor.stop();
    await database.drop();
  }
}

const cell = (r: LoadResult) =>
  `${r.p50} / ${r.p95} / ${r.p99} ms, ${r.rps}/s${r.errors ? `, ${r.errors} errors` : ''}`;
const operationTable = [
  '',
  '| database | operation | role | Strata ms | floor ms | vs floor | did |',
  '|---|---|---|---|---|---|---|',
  ...operationRows.map(
    (r) =>
      `| ${r.provider} | ${r.case} | ${r.role} | ${r.ms} | ${r.floorMs} | ${r.ratio} | ${Object.entries(r.did)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} |`,
  ),
];
const loadTable = [
  '',
  '| database | case | role | c | Strata p50 / p95 / p99, req/s | floor p50 / p95 / p99, req/s | req/s vs floor | CPU/req Strata, floor (ratio) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.provider} | ${r.case} | ${r.role} | ${r.concurrency} | ${cell(r.strata)} | ${cell(r.floor)} | ${r.rpsRatio} | ${r.strata.cpuMsPerRequest ?? '-'} ms, ${r.floor.cpuMsPerRequest ?? '-'} ms (${r.cpuRatio ?? '-'}) |`,
  ),
];
const markdown = [
  `# npm run bench (${size}, ${new Date().toISOString()})`,
  ...(operations ? operationTable : loadTable),
].join('\n');
mkdirSync(out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(
  join(out, `bench-${stamp}.json`),
  JSON.stringify({ size, durationMs, rows, operations: operationRows }, null, 2),
);
writeFileSync(join(out, `bench-${stamp}.md`), `${markdown}\n`);
console.log(markdown);
console.log(`\nJSON and Markdown in ${out}`);
if (explain) {
  const flagged = plans.filter((p) => p.warnings.length);
  writeFileSync(join(out, `explain-${stamp}.json`), JSON.stringify(plans, null, 2));
  console.log(
    `\n${plans.length} statements planned, ${flagged.length} flagged (a full scan, a sort of the scope, or a generic plan far slower)`,
  );
}
const failed = rows.filter((r) => r.strata.errors > 0);
process.exit(failed.length ? 1 : 0);
