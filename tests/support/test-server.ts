// The gateway as the HTTP tests meet it: the real server (buildServer) on a test database, quiet, serving an
// empty folder as the console, with whatever settings a test adds (as environment values, through loadConfig).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '@strata/db';
import { buildServer, loadConfig } from '@strata/gateway';

export function testServer(database: { url: string; db: Db }, settings: Record<string, string> = {}) {
  const config = loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    STATIC_ROOT: mkdtempSync(join(tmpdir(), 'strata-static-')),
    ...settings,
  });
  return buildServer(config, database.db);
}
