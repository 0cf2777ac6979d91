// The bulk writer finds a relative SQLite file where the application's client does (sqliteFile): the demo's first
// start (`npm start`, run from the gateway's folder with the root as INIT_CWD) seeded its books through it. A fresh
// load (the large fixture) writes without a journal on disk and without the insert triggers, and leaves the file as
// every client expects it: WAL, its indexes and triggers back, each table's generation moved.
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

  it('loads a fresh file without a journal on disk or insert triggers, and leaves it as clients expect it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'strata-bulk-'));
    const file = join(root, 'x.db');
    try {
      const made = new Database(file);
      made.pragma('journal_mode = WAL');
      made.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL);
        CREATE UNIQUE INDEX "T_name_key" ON "T" ("name");
        CREATE TABLE "DataGeneration" ("name" TEXT NOT NULL PRIMARY KEY, "version" BIGINT NOT NULL DEFAULT 0);
        INSERT INTO "DataGeneration" ("name") VALUES ('T');
        CREATE TRIGGER "T_generation_insert" AFTER INSERT ON "T" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'T'; END;
        CREATE TRIGGER "T_no_delete" BEFORE DELETE ON "T" BEGIN SELECT RAISE(ABORT, 'no'); END;`);
      // Another connection open: the file cannot leave WAL, and the writer says why.
      await expect(openBulkWriter(`file:${file}`, { freshLoad: true })).rejects.toThrow(/before any other connection/);
      made.close();

      const writer = await openBulkWriter(`file:${file}`, { freshLoad: true });
      await writer.deferIndexes();
      const objects = (db: Database.Database) =>
        (
          db
            .prepare(
              `SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`,
            )
            .all() as {
            name: string;
          }[]
        ).map((o) => o.name);
      const during = new Database(file, { readonly: true });
      expect(during.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(objects(during)).toEqual(['T_no_delete']);
      during.close();
      await writer.insert(
        'T',
        ['id', 'name'],
        [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
        ],
      );
      await writer.restoreIndexes();
      await writer.finish();
      await writer.close();

      const after = new Database(file);
      expect(after.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(objects(after)).toEqual(['T_generation_insert', 'T_name_key', 'T_no_delete']);
      // Moved once for the load, then once per row again.
      expect(after.prepare(`SELECT "version" FROM "DataGeneration"`).get()).toEqual({ version: 1 });
      after.prepare(`INSERT INTO "T" ("id", "name") VALUES (4, 'd')`).run();
      expect(after.prepare(`SELECT "version" FROM "DataGeneration"`).get()).toEqual({ version: 2 });
      expect(() => after.prepare(`INSERT INTO "T" ("id", "name") VALUES (5, 'a')`).run()).toThrow(/UNIQUE/);
      after.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
