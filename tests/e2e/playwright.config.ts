// End-to-end in Debian's Chromium (never a downloaded browser) against the system started with `npm start`,
// on its own port and a throwaway SQLite file, so it never touches a developer's ./data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'strata-e2e-'));
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  outputDir: resolve(import.meta.dirname, '../../.tmp/e2e-results'),
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  // E2E_EXTERNAL=1 runs against a console already listening on E2E_PORT (an older build, for a red run).
  webServer: process.env.E2E_EXTERNAL
    ? undefined
    : {
        command: 'npm start',
        cwd: resolve(import.meta.dirname, '../..'),
        url: `${baseURL}/healthz`,
        timeout: 400_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: `file:${join(dataDir, 'e2e.db')}`,
          LOG_LEVEL: 'warn',
        },
      },
});
