// The large fixture (scripts/fixture) built once per provider, size, seed and time for the whole run: the files that
// read it (the fixture's own tests and each team's) copy that database instead of building their own, as
// createTestEnv copies the seeded demo (demo-templates.ts). Built on first use, not in the global setup, so a run
// without such a file builds nothing: the first file to ask builds it under a lock file, a file asking meanwhile (in
// the other worker) waits for it. The global setup (the default export) names the run's folder for the templates, as
// the other templates are kept for the run (keepForRun), and removes them when the run ends.
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Provider } from '@strata/db';
import { createTestDatabase, removeProvisioned, type TestDatabase } from '@strata/db/testing';
import { buildFixture, type FixtureOptions, type FixtureSummary } from '../../scripts/fixture/build';
import { keepForRun } from './database-templates';

const runFolder = 'STRATA_TEST_FIXTURE_TEMPLATES';
/** How long a file waits at most for another file's build (the hook's own limit): past it, it fails saying so. */
const buildLimitMs = 180_000;

type Template = { url: string; summary: FixtureSummary };

/**
 * A database holding the fixture `options` build (but for its url), and the build's summary: a copy of the run's
 * template for those options, built here first if no file of the run has asked for it yet. Outside a run that names
 * a folder for them, it builds its own.
 */
export async function fixtureDatabase(
  provider: Provider,
  options: Omit<FixtureOptions, 'url'>,
): Promise<{ database: TestDatabase; summary: FixtureSummary }> {
  const folder = process.env[runFolder];
  if (!folder) {
    const database = await createTestDatabase(provider);
    return { database, summary: await buildFixture({ ...options, url: database.url }) };
  }
  const key = [provider, options.size, options.seed, options.now?.getTime() ?? 'now'].join('-');
  const template = await templateFor(join(folder, `${key}.json`), provider, options);
  return { database: await createTestDatabase(provider, template.url), summary: template.summary };
}

async function templateFor(file: string, provider: Provider, options: Omit<FixtureOptions, 'url'>): Promise<Template> {
  const lock = `${file}.lock`;
  const waitUntil = Date.now() + buildLimitMs;
  for (;;) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Template;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > waitUntil) throw new Error(`no fixture template at ${file} after ${buildLimitMs} ms`);
      await sleep(200);
      continue;
    }
    closeSync(fd);
    try {
      const database = await createTestDatabase(provider);
      let summary: FixtureSummary;
      try {
        summary = await buildFixture({ ...options, url: database.url });
      } catch (error) {
        // A half-built template is no template: gone, and the next file to ask builds it again.
        await database.drop();
        throw error;
      }
      // Nothing may hold a template open while it is copied (and SQLite folds its WAL into the file on close).
      await database.db.$disconnect();
      const template: Template = { url: database.url, summary };
      writeFileSync(`${file}.tmp`, JSON.stringify(template));
      // Renamed into place whole: a file that exists is a template that is ready.
      renameSync(`${file}.tmp`, file);
      return template;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/** The run's folder for the templates, named in the environment for every worker; removed with them at the end. */
export default function setup() {
  return keepForRun(
    [runFolder],
    (variable) => variable,
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'strata-fixture-templates-'));
      const remove = async () => {
        for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
          const { url } = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Template;
          await removeProvisioned(url);
        }
        rmSync(folder, { recursive: true, force: true });
      };
      return { url: folder, remove };
    },
  );
}
