// npm run chaos -- --cycles N [--database URL] [--port 3340] [--seed S]
// Without --database: a fresh SQLite file under the system's temp folder, removed afterwards. A database given
// by URL is written to (test articles, units and grants): use an empty one (migrated and seeded at the
// first start) or one an earlier chaos run used, never one that matters.
// Prints the JSON report; exits 1 when any acknowledged write was lost or damaged or a check failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runChaos } from './run';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '5' },
    database: { type: 'string' },
    port: { type: 'string', default: '3340' },
    seed: { type: 'string' },
  },
});
const cycles = Number(values.cycles);
if (!Number.isInteger(cycles) || cycles < 1) {
  console.error('--cycles must be a positive whole number');
  process.exit(1);
}
const tempDir = values.database ? null : mkdtempSync(join(tmpdir(), 'chaos-db-'));
const databaseUrl = values.database ?? `file:${join(tempDir as string, 'strata.db')}`;
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);

try {
  const { report } = await runChaos({
    cycles,
    databaseUrl,
    port: Number(values.port),
    seed,
    log: (line) => console.error(line),
  });
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.lost + report.damaged + report.integrity.cyclesFailed > 0 ? 1 : 0;
} finally {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
