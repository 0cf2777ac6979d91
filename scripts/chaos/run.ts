// Crash cycles: write bursts through the real gateway, kill -9 at a random moment, restart, and prove that
// every acknowledged write survived intact and the database is consistent. Used by `npm run chaos` and by
// the integration test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db, providerOf } from '@strata/db';
import { demoPassword } from '@strata/gateway';
import { signInByFetch } from '../../tests/support/http-session';
import { type GatewayProcess, startGateway } from './gateway-process';
import { checkIntegrity, healthy, type IntegrityResult } from './integrity';
import { type Fault, Ledger, verifyLedger } from './ledger';
import { type BurstStats, crewUsernames, planWorkers, runWorkers, seededRandom } from './workload';

export type ChaosOptions = {
  cycles: number;
  /** Empty (the gateway migrates and seeds it) or demo-seeded by an earlier run. */
  databaseUrl: string;
  port: number;
  seed: number;
  /** The kill comes this many milliseconds after the burst's first acknowledged write, uniformly at random. */
  killWindowMs?: [number, number];
  /** Progress lines, one per cycle. */
  log?: (line: string) => void;
};

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};

/** A fault for the report: long texts cut, so one damaged article does not flood the output. */
const brief = (f: Fault) =>
  JSON.parse(JSON.stringify(f, (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : v)));

export async function runChaos(opts: ChaosOptions) {
  const started = performance.now();
  const provider = providerOf(opts.databaseUrl);
  const [killMin, killMax] = opts.killWindowMs ?? [0, 1500];
  const random = seededRandom(opts.seed);
  const staticRoot = mkdtempSync(join(tmpdir(), 'chaos-static-'));
  const ledger = new Ledger();
  const stats: BurstStats = { refused: {}, serverErrors: 0 };
  const faults: Fault[] = [];
  const failedChecks: (IntegrityResult & { cycle: number })[] = [];
  const killAfter: number[] = [];
  const restartMs: number[] = [];
  let committedInFlight = 0;
  const start = () => startGateway({ port: opts.port, databaseUrl: opts.databaseUrl, staticRoot });
  // Verification and checks open their own client and close it before the next burst, so at each kill the
  // server is the only process holding the database, as in production.
  const withDb = async <T>(work: (db: Db) => Promise<T>) => {
    const db = await createDb(opts.databaseUrl);
    try {
      return await work(db);
    } finally {
      await db.$disconnect();
    }
  };

  let gateway: GatewayProcess = await start();
  try {
    const workers = await withDb(planWorkers);
    // Sessions live in the database: signed in once, they must survive every crash too.
    const headers: Record<string, Record<string, string>> = {};
    for (const username of crewUsernames)
      headers[username] = await signInByFetch(`${gateway.base}/trpc`, username, demoPassword);

    for (let cycle = 1; cycle <= opts.cycles; cycle++) {
      const burst = { base: gateway.base, headers, ledger, random, cycle, stats, alive: true };
      const killAt = Math.round(killMin + random() * (killMax - killMin));
      const before = ledger.total;
      const writing = runWorkers(burst, workers);
      // The clock starts at the burst's first acknowledged write: a freshly restarted server on a loaded machine
      // may take a second to answer at all, and a kill before that would test nothing.
      const waitUntil = Date.now() + 60_000;
      while (ledger.total === before && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 5));
      if (ledger.total === before) throw new Error(`cycle ${cycle}: the server acknowledged no write in 60 s`);
      await new Promise((r) => setTimeout(r, killAt));
      await gateway.crash();
      burst.alive = false;
      await writing;
      killAfter.push(killAt);

      const t0 = performance.now();
      gateway = await start();
      restartMs.push(Math.round(performance.now() - t0));
      const { verified, integrity } = await withDb(async (db) => ({
        verified: await verifyLedger(db, ledger),
        integrity: await checkIntegrity(db, provider),
      }));
      committedInFlight += verified.committedInFlight;
      faults.push(...verified.faults.map((f) => ({ ...f, cycle })));
      if (!healthy(integrity)) failedChecks.push({ cycle, ...integrity });
      opts.log?.(
        `cycle ${cycle}/${opts.cycles}: killed ${killAt} ms after the first acknowledgement, ${ledger.total - before} acknowledged in the burst ` +
          `(${ledger.total} in all), lost ${verified.lost}, damaged ${verified.damaged}, ` +
          `integrity ${healthy(integrity) ? 'ok' : JSON.stringify(integrity)}`,
      );
    }
  } finally {
    await gateway.stop();
    rmSync(staticRoot, { recursive: true, force: true });
  }

  return {
    report: {
      check: 'chaos: kill -9 during write bursts at concurrency 8, restart, verify',
      provider,
      cycles: opts.cycles,
      seed: opts.seed,
      writesAcknowledged: ledger.total,
      acknowledgedByKind: ledger.acknowledged,
      lost: faults.filter((f) => f.problem === 'lost').length,
      damaged: faults.filter((f) => f.problem === 'damaged').length,
      faults: faults.slice(0, 20).map(brief),
      /** Writes in flight at a kill that turned out committed: allowed, counted for interest. */
      inFlightFoundCommitted: committedInFlight,
      refused: stats.refused,
      serverErrors: stats.serverErrors,
      integrity: {
        cyclesChecked: opts.cycles,
        cyclesFailed: failedChecks.length,
        checks: provider === 'sqlite' ? ['integrity_check', 'foreign_key_check', 'unit tree'] : ['unit tree'],
        failures: failedChecks.slice(0, 10),
      },
      killAfterFirstAcknowledgedMs: summary(killAfter),
      restartToHealthyMs: summary(restartMs),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    },
    ledger,
  };
}
