#!/usr/bin/env node
// `npm test`: lint + type-check beside every Vitest project (unit, integration on SQLite and PostgreSQL,
// front-end), then the build and Playwright end-to-end in Chromium against the system started as the README says.
// Prints how long each step took, then ends with one plain line summing all runners:
// "N passed, N failed[, N skipped]".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const began = performance.now();
const durations = [];
/**
 * Runs one step and notes how long it took. Its output goes straight through under its heading, or, for a step
 * running beside another (`held`), is kept until `shown()`, so the two never interleave.
 */
function step(name, cmd, args, { env = {}, held = false } = {}) {
  if (!held) console.log(`\n== ${name} ==`);
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const ended = new Promise((done) =>
    child.on('close', (code) => {
      durations.push([name, (performance.now() - started) / 1000]);
      done(code ?? 1);
    }),
  );
  const shown = async () => {
    const code = await ended;
    console.log(`\n== ${name} (ran beside the step above) ==\n${Buffer.concat(output)}`);
    return code;
  };
  return held ? { shown } : ended;
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const failedSteps = [];

// Lint and type-check (`npm run check`: Biome, then the repo's one type-check program) only read the sources: they
// run beside Vitest at a lower priority, taking the CPU Vitest leaves; their output follows Vitest's.
const check = step('check: lint and types', 'nice', ['-n', '10', 'npm', 'run', 'check'], { held: true });
// The browser tests' build too (the shell and remotes: Vite, then Brotli and Zopfli over every file, most of its CPU),
// niced the same way: it takes what Vitest leaves, chiefly while the files that must run alone do (one core idle).
// But for the gateway: the tests that start it as a process bundle it in place themselves, and two writers of
// services/gateway/dist would race; it is built after Vitest (esbuild, a few seconds).
const skipE2e = process.argv.includes('--no-e2e');
const build = skipE2e
  ? null
  : step(
      'build: shell and remotes',
      'nice',
      ['-n', '10', 'npx', 'turbo', 'run', 'build', '--filter=!@strata/gateway'],
      {
        held: true,
      },
    );
// And the browser tests' console, migrated and seeded with the demo as a first start leaves it (tests/e2e/seed-console.ts):
// each console then starts on a copy in about a second, instead of seeding its own at Playwright's start.
const seededConsole = join(out, 'e2e-seeded');
const seed = skipE2e
  ? null
  : step(
      'seed: the browser tests’ console',
      'nice',
      ['-n', '10', 'npx', 'tsx', 'tests/e2e/seed-console.ts', seededConsole],
      {
        held: true,
      },
    );
const vitestJson = join(out, 'vitest.json');
const vitestCode = await step('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if ((await check.shown()) !== 0) failedSteps.push('check');
const vitest = readJson(vitestJson);
if (vitestCode !== 0) failedSteps.push('vitest');

let pw = null;
if (!skipE2e) {
  // Built once here (the rest beside Vitest): the end-to-end run's `npm start` then finds every package in
  // Turborepo's cache.
  if ((await build?.shown()) !== 0) failedSteps.push('build');
  if ((await step('build: the gateway', 'npx', ['turbo', 'run', 'build'])) !== 0) failedSteps.push('build');
  // Without it (a failed step, counted), each console seeds its own at its start.
  const seededOk = (await seed?.shown()) === 0;
  if (!seededOk) failedSteps.push('seed');
  const pwJson = join(out, 'playwright.json');
  const pwCode = await step(
    'playwright (Chromium)',
    'npx',
    ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
    { env: { PLAYWRIGHT_JSON_OUTPUT_FILE: pwJson, ...(seededOk ? { E2E_SEEDED: seededConsole } : {}) } },
  );
  pw = readJson(pwJson);
  if (pwCode !== 0) failedSteps.push('playwright');
}

const passed = (vitest?.numPassedTests ?? 0) + (pw?.stats?.expected ?? 0) + (pw?.stats?.flaky ?? 0);
const testsFailed = (vitest?.numFailedTests ?? 0) + (pw?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (pw?.stats?.skipped ?? 0);
if (!vitest) failedSteps.push('vitest produced no report');
if (!skipE2e && !pw) failedSteps.push('playwright produced no report');
// A step that failed without a failing test of its own (lint, types, a build, a runner that could not start its
// server) counts once in the line, so the line never reads "0 failed" for a run that failed.
const failedOnItsOwn = [...new Set(failedSteps)].filter(
  (s) =>
    !(s === 'vitest' && (vitest?.numFailedTests ?? 0) > 0) && !(s === 'playwright' && (pw?.stats?.unexpected ?? 0) > 0),
).length;
const failed = testsFailed + failedOnItsOwn;
const wall = (performance.now() - began) / 1000;
console.log(
  `\nstep times: ${durations.map(([name, s]) => `${name} ${Math.round(s)} s`).join(', ')}; all ${Math.round(wall)} s`,
);
if (failedSteps.length) console.log(`\nfailed steps: ${[...new Set(failedSteps)].join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length ? 1 : 0);
