// Benchmark: the production server's footprint. On one seeded SQLite database, starts the gateway the way
// `npm start` does (the esbuild bundle under plain node) and the way it started before (tsx compiling the
// TypeScript at run time), alternately, several times each; for every start measures the time from spawn to the
// first 200 from /healthz, the processes started, and resident memory after it has been idle a few seconds.
// Prints JSON (medians and every run).
// Usage: npx tsx scripts/bench/server-footprint.ts [--runs 3] [--idle-seconds 5] [--port 3322]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptOptions } from '../options';
import {
  buildGateway,
  killTree,
  memoryOf,
  productionStart,
  type RunningServer,
  startServer,
  tsxStart,
} from '../soak/production-server';

const { arg } = scriptOptions(['runs', 'idle-seconds', 'port']);
const runs = Number(arg('runs', '3'));
const idleMs = Number(arg('idle-seconds', '5')) * 1000;
const port = Number(arg('port', '3322'));

const median = (values: number[]) => {
  // Rounded to 0.1: a median of two runs is their mean.
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
};

buildGateway();
const dir = mkdtempSync(join(tmpdir(), 'server-footprint-'));
const databaseUrl = `file:${join(dir, 'footprint.db')}`;
// Quiet logs: the figures are the server's, not those of a terminal reading its request log.
const env = { LOG_LEVEL: 'warn' };
const starts = { production: productionStart(), tsx: tsxStart };
let current: RunningServer | undefined;

try {
  // The first start migrates and seeds the demo; every measured start then finds a database in use.
  current = await startServer({ script: starts.production, port, databaseUrl, env });
  const firstStartMs = current.healthyMs;
  await current.stop();

  type Run = { healthyMs: number; processes: number; serverRssMb: number; treeRssMb: number; serverAnonMb: number };
  const results: Record<keyof typeof starts, Run[]> = { production: [], tsx: [] };
  for (let i = 0; i < runs; i++) {
    for (const name of Object.keys(starts) as (keyof typeof starts)[]) {
      current = await startServer({ script: starts[name], port, databaseUrl, env });
      await new Promise((r) => setTimeout(r, idleMs));
      const tree = current.tree();
      results[name].push({
        healthyMs: current.healthyMs,
        processes: tree.processes,
        serverRssMb: tree.serverRssMb,
        treeRssMb: tree.rssMb,
        serverAnonMb: memoryOf(current.serverPid()).anonMb,
      });
      const code = await current.stop();
      if (code !== 0) throw new Error(`${name} stopped with ${code}: ${current.stderr()}`);
      current = undefined;
    }
  }
  const summary = (list: Run[]) => ({
    healthyMsMedian: median(list.map((r) => r.healthyMs)),
    serverRssMbMedian: median(list.map((r) => r.serverRssMb)),
    treeRssMbMedian: median(list.map((r) => r.treeRssMb)),
    processes: median(list.map((r) => r.processes)),
    runs: list,
  });
  console.log(
    JSON.stringify(
      {
        benchmark: 'production server footprint (seeded demo database, SQLite)',
        node: process.version,
        loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
        idleSeconds: idleMs / 1000,
        firstStartWithMigrateAndSeedMs: firstStartMs,
        targets: { serverRssMb: 120, healthyMs: 2000, processes: 1 },
        production: { command: starts.production, ...summary(results.production) },
        tsx: { command: starts.tsx, ...summary(results.tsx) },
      },
      null,
      2,
    ),
  );
} finally {
  if (current) killTree(current.child);
  rmSync(dir, { recursive: true, force: true });
}
