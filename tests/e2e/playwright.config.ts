// End-to-end in Debian's Chromium (never a downloaded browser) against the system started with `npm start`,
// on its own ports and throwaway SQLite files, so it never touches a developer's ./data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, requireChineseFont } from './chromium';

requireChineseFont();

const port = Number(process.env.E2E_PORT ?? 3100);
// Set in the runner's environment, so its workers (which load this file again) find the same folder.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'strata-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;
// E2E_EXTERNAL=1 runs against a console already listening on E2E_PORT (an older build, for a red run).
const external = !!process.env.E2E_EXTERNAL;
// One console per worker, each with its own database on its own port (E2E_PORT, E2E_PORT + 1...): specs
// running side by side never see each other's rows, and each file still sees only what ran before it. Two on two
// cores: a third made every test slower by as much as it added (2026-12-07, alternated runs: 318 and 334 s with three,
// 322 and 336 with two), a fourth slowed the whole.
export const consoles = external ? 1 : Number(process.env.E2E_WORKERS ?? 2);
/** The console the worker with this parallel index talks to (tests/e2e/test.ts hands it out as baseURL). */
export const consoleUrl = (parallelIndex: number) => `http://127.0.0.1:${port + (parallelIndex % consoles)}`;
/**
 * The release store (RELEASES_DIR) of that console, where a spec publishes and rolls back remotes; against an external
 * console, E2E_RELEASES_DIR names it (unset: such specs skip).
 */
const consoleReleases = (i: number) => join(dataDir, `releases-${i}`);
export const releasesDir = (parallelIndex: number): string | undefined =>
  external ? process.env.E2E_RELEASES_DIR : consoleReleases(parallelIndex % consoles);

/** The environment of console `i`: its port, its own database, uploads and release store, warnings only. */
const consoleEnv = (i: number) => ({
  PORT: String(port + i),
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${join(dataDir, `e2e-${i}.db`)}`,
  // Uploads beside the database, never in the developer's ./data/files.
  FILES_DIR: join(dataDir, `files-${i}`),
  // Remotes served from their builds in place, but for what a spec publishes here (never ./data/releases).
  RELEASES_DIR: consoleReleases(i),
  LOG_LEVEL: 'warn',
  // The production server, with every output checked against its schema as in the other suites.
  CHECK_OUTPUTS: 'true',
});

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  workers: consoles,
  outputDir: resolve(import.meta.dirname, '../../.tmp/e2e-results'),
  use: {
    locale: 'zh-CN',
    // As a reader whose system asks for reduced motion: dialogs, drawers and menus open at once, with no zoom or slide
    // for a click to race (the accessibility and action walks 8 % quicker, three runs each way, 2026-12-07). The specs that open
    // and close dialogs and menus most (unsaved-changes.spec.ts) keep the motion every other reader sees, and
    // accessibility.spec.ts checks the console follows the preference both ways.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    // Recording a trace costs every test CPU (snapshots, screencast): on CI, where a failure is retried,
    // only the retry records one.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  // The consoles start together (start-consoles.mjs, one build check, then every gateway at once): Playwright waits for
  // the first through the launcher, then for each other one (already answering, or soon: its waiter only idles).
  webServer: external
    ? undefined
    : Array.from({ length: consoles }, (_, i) => ({
        command: i === 0 ? 'node tests/e2e/start-consoles.mjs' : 'node -e "setInterval(() => {}, 2 ** 30)"',
        cwd: resolve(import.meta.dirname, '../..'),
        url: `${consoleUrl(i)}/healthz`,
        timeout: 400_000,
        // The launcher's console must not be found already running (an old one on its port); the others are started
        // by the launcher, so they may well answer before Playwright looks.
        reuseExistingServer: i > 0,
        stdout: 'ignore' as const,
        stderr: 'pipe' as const,
        // The launcher's list of consoles (the waiters need none).
        env: { E2E_CONSOLES: i === 0 ? JSON.stringify(Array.from({ length: consoles }, (_, c) => consoleEnv(c))) : '' },
      })),
});
