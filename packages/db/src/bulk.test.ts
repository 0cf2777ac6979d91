// The bulk writer finds a relative SQLite file where the application's client does (sqliteFile): the demo's first
// start (`npm start`, run from the gateway's folder with the root as INIT_CWD) seeded its books through it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBulkWriter } from './bulk';

const initCwd = process.env.INIT_CWD;
afterEach(() => {
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

describe('bulk writer on SQLite', () => {
  it('opens a relative file URL from the folder npm was started in, as the client does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'strata-bulk-'));
    try {
      mkdirSync(join(root, 'data'));
      const made = new Database(join(root, 'data', 'x.db'));
      made.exec('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)');
      made.close();
      process.env.INIT_CWD = root;
      const writer = await openBulkWriter('file:./data/x.db');
      await writer.insert(
        'T',
        ['id', 'name'],
        [
          [1, 'a'],
          [2, 'b'],
        ],
      );
      expect(await writer.counts()).toEqual({ T: 2 });
      expect(await writer.nextId('T')).toBe(3);
      await writer.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
