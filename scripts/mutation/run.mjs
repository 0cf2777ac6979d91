#!/usr/bin/env node
// `npm run test:mutation [-- --all] [-- <stryker options>]`: Stryker over the core group (scope,
// auth and audit code) or, with --all, over packages/api and the identity and content services;
// then the scores per file and group (summary.mjs), also saved as summary.json beside the report.
// Other arguments go to `stryker run`, e.g. --incremental or --concurrency 2.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const group = args.includes('--all') ? 'all' : 'core';
const strykerArgs = args.filter((a) => a !== '--all');
const reportDir = `reports/mutation/${group}`;
// SQLite only: PostgreSQL would double every integration run and kill no extra mutant in this code.
const env = { ...process.env, STRATA_MUTATION_GROUP: group, STRATA_TEST_PROVIDERS: 'sqlite' };
// The unit project unless STRATA_MUTATION_SUITE=all (see scripts/mutation/vitest.config.ts).

const started = Date.now();
const stryker = spawnSync('npx', ['stryker', 'run', ...strykerArgs], { stdio: 'inherit', env });
const minutes = Math.round((Date.now() - started) / 6000) / 10;
if (!existsSync(`${reportDir}/mutation.json`)) process.exit(stryker.status ?? 1);

const summary = spawnSync('node', ['scripts/mutation/summary.mjs', `${reportDir}/mutation.json`], { encoding: 'utf8' });
if (summary.status !== 0) {
  process.stderr.write(summary.stderr);
  process.exit(1);
}
writeFileSync(`${reportDir}/summary.json`, summary.stdout);
const { groups } = JSON.parse(summary.stdout);
console.log(
  `\nmutation testing (${group}) took ${minutes} min; report ${reportDir}/index.html, summary ${reportDir}/summary.json`,
);
for (const [name, g] of Object.entries(groups))
  console.log(
    `${name}: score ${g.score}% (killed ${g.killed}, timeout ${g.timeout}, survived ${g.survived}, no coverage ${g.noCoverage})`,
  );
process.exit(stryker.status ?? 1);
