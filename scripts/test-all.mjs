#!/usr/bin/env node
// `npm test`: lint + type-check, every Vitest project (unit, integration on SQLite and PostgreSQL,
// front-end), then Playwright end-to-end in Chromium against the built system started as the README says.
// Prints how long each step took, then ends with one plain line summing all runners:
// "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const durations = [];
/** Runs one step under its heading and notes how long it took. */
function step(name, cmd, args, env) {
  console.log(`\n== ${name} ==`);
  const started = performance.now();
  const code = run(cmd, args, env);
  durations.push([name, (performance.now() - started) / 1000]);
  return code;
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const skipE2e = process.argv.includes('--no-e2e');
const failedSteps = [];

if (step('check: lint and types', 'npm', ['run', 'check']) !== 0) failedSteps.push('check');

const vitestJson = join(out, 'vitest.json');
const vitestCode = step('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitestCode !== 0) failedSteps.push('vitest');

let pw = null;
if (!skipE2e) {
  // Built once here: the end-to-end run's `npm start` then finds every package in Turborepo's cache.
  if (step('build', 'npx', ['turbo', 'run', 'build']) !== 0) failedSteps.push('build');
  const pwJson = join(out, 'playwright.json');
  const pwCode = step(
    'playwright (Chromium)',
    'npx',
    ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_FILE: pwJson,
    },
  );
  pw = readJson(pwJson);
  if (pwCode !== 0) failedSteps.push('playwright');
}

const passed = (vitest?.numPassedTests ?? 0) + (pw?.stats?.expected ?? 0) + (pw?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (pw?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (pw?.stats?.skipped ?? 0);
if (!vitest) failedSteps.push('vitest produced no report');
if (!skipE2e && !pw) failedSteps.push('playwright produced no report');
const total = durations.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(
  `\nstep times: ${durations.map(([name, s]) => `${name} ${Math.round(s)} s`).join(', ')}; total ${Math.round(total)} s`,
);
if (failedSteps.length) console.log(`\nfailed steps: ${[...new Set(failedSteps)].join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
