// Backup and restore on each provider this run tests: a round trip gives the same data table by table, and
// restore refuses a database that is not empty and a file that does not match its checksum.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createDb, deployMigrations } from '@strata/db';
import { provision, testProviders } from '@strata/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Backup, backupDatabase, restoreDatabase, tableFingerprints } from '../../scripts/backup/backup';
import { createTestEnv } from '../support/env';

const scripts = resolve(import.meta.dirname, '../../scripts/backup');
const dir = mkdtempSync(join(tmpdir(), 'chaos-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One of the CLIs as `npm run backup|restore` runs it: exit code and output. */
async function cli(script: 'backup-main.ts' | 'restore-main.ts', args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      join(scripts, script),
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(await testProviders())('backup and restore on %s', (provider) => {
  it('round-trips the data exactly, and refuses a non-empty database and a damaged file', async () => {
    const source = await createTestEnv(provider);
    const empty = await provision(provider);
    const another = await provision(provider);
    try {
      // The backup is taken while a writer keeps changing articles, as a serving gateway would.
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          await source.db.article.updateMany({ where: { id: { lte: 5 } }, data: { summary: `edit ${i}` } });
          // A server waits for its next request between writes; without the pause this loop would run on
          // microtasks alone and never let the backup's steps (macrotasks) in.
          await new Promise((r) => setImmediate(r));
        }
      })();
      const busyBackup = await backupDatabase(source.url, join(dir, provider, 'busy'));
      writing = false;
      await writer;
      expect(busyBackup.bytes).toBeGreaterThan(0);

      const before = await tableFingerprints(source.url);
      const made = await cli('backup-main.ts', ['--database', source.url, '--out', join(dir, provider)]);
      expect(made.code).toBe(0);
      const { file, checksumFile, sha256 } = JSON.parse(made.stdout) as Backup;
      expect(basename(file)).toMatch(new RegExp(`^strata-${provider}-\\d{8}-\\d{6}\\.(db|dump)$`));
      expect(readFileSync(checksumFile, 'utf8')).toBe(`${sha256}  ${basename(file)}\n`);

      await restoreDatabase(file, empty.url);
      const after = await tableFingerprints(empty.url);
      expect(after[provider === 'sqlite' ? 'Article' : 'public.Article']?.rows).toBeGreaterThan(0);
      expect(after).toEqual(before);
      // The restored database is at the current schema: nothing left to migrate.
      expect(await deployMigrations(empty.url)).toEqual([]);

      // Non-empty targets: the restored one, and the live source itself.
      for (const target of [empty.url, source.url]) {
        const refused = await cli('restore-main.ts', [file, '--database', target]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/restore refused: the target database is not empty \(\d+ tables\)/);
      }
      expect(await tableFingerprints(source.url)).toEqual(before);

      // One byte changed in a copy: refused on the checksum, and the empty target stays empty.
      mkdirSync(join(dir, provider, 'damaged'));
      const damaged = join(dir, provider, 'damaged', basename(file));
      copyFileSync(file, damaged);
      copyFileSync(checksumFile, `${damaged}.sha256`);
      const bytes = readFileSync(damaged);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0xff;
      writeFileSync(damaged, bytes);
      const refused = await cli('restore-main.ts', [damaged, '--database', another.url]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/does not match its checksum/);
      expect(await tableFingerprints(another.url)).toEqual({});

      // The comparison itself can fail: one row gone from the restored copy shows.
      await restoreDatabase(file, another.url);
      expect(await tableFingerprints(another.url)).toEqual(before);
      const restored = await createDb(another.url);
      const article = await restored.article.findFirstOrThrow();
      await restored.article.delete({ where: { id: article.id } });
      await restored.$disconnect();
      const articles = provider === 'sqlite' ? 'Article' : 'public.Article';
      const changed = await tableFingerprints(another.url);
      expect(changed[articles]?.rows).toBe(before[articles]!.rows - 1);
      expect(changed).not.toEqual(before);
    } finally {
      await source.drop();
      await empty.remove();
      await another.remove();
    }
  }, 120_000);
});
