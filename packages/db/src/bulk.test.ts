// The bulk writer finds a relative SQLite file where the application's client does (sqliteFile): the demo's first
// start (`npm start`, run from the gateway's folder with the root as INIT_CWD) seeded its books through it. A fresh
// load (the large fixture) writes without a journal on disk and without the insert triggers, and leaves the file as
// every client expects it: WAL, its indexes and triggers back, each table's generation moved.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Prisma } from '../generated/sqlite/client';
import { eachSecond, openBulkWriter } from './bulk';
import { runningTotals } from './bulk-derivers-for-test';
import { createDb } from './client';
import { readDirect } from './direct-read';
import { deployMigrations } from './migrate';

/** Runs `test` in a folder of its own, removed after. */
async function inFolder(test: (root: string) => Promise<void>) {
  const root = mkdtempSync(join(tmpdir(), 'strata-bulk-'));
  try {
    await test(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The indexes and triggers a migration or a test made (SQLite's own have no SQL), by name. */
const madeObjects = (db: Database.Database, types: readonly string[] = ['index', 'trigger']) =>
  (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type IN (${types.map(() => '?').join(', ')}) AND sql IS NOT NULL ORDER BY name`,
      )
      .all(...types) as { name: string }[]
  ).map((o) => o.name);

const initCwd = process.env.INIT_CWD;
afterEach(() => {
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

// Files, migrations and worker threads that load TypeScript: seconds each on a busy machine, past the unit tests' 5 s.
describe('bulk writer on SQLite', { timeout: 60_000 }, () => {
  it('opens a relative file URL from the folder npm was started in, as the client does', async () => {
    await inFolder(async (root) => {
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
    });
  });

  it('loads a fresh file without a journal on disk or insert triggers, and leaves it as clients expect it', async () => {
    await inFolder(async (root) => {
      const file = join(root, 'x.db');
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
      const during = new Database(file, { readonly: true });
      expect(during.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(madeObjects(during)).toEqual(['T_no_delete']);
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
      expect(madeObjects(after)).toEqual(['T_generation_insert', 'T_name_key', 'T_no_delete']);
      // Moved once for the load, then once per row again.
      expect(after.prepare(`SELECT "version" FROM "DataGeneration"`).get()).toEqual({ version: 1 });
      after.prepare(`INSERT INTO "T" ("id", "name") VALUES (4, 'd')`).run();
      expect(after.prepare(`SELECT "version" FROM "DataGeneration"`).get()).toEqual({ version: 2 });
      expect(() => after.prepare(`INSERT INTO "T" ("id", "name") VALUES (5, 'a')`).run()).toThrow(/UNIQUE/);
      after.close();
    });
  });
});

describe('a fresh load on the writer’s own thread', { timeout: 60_000 }, () => {
  const made = (file: string) => {
    const db = new Database(file);
    db.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL);
      CREATE UNIQUE INDEX "T_name_key" ON "T" ("name");
      CREATE TABLE "U" ("id" INTEGER PRIMARY KEY, "n" INTEGER NOT NULL);
      CREATE INDEX "U_n_idx" ON "U" ("n");`);
    db.close();
  };
  const rows = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => [from + i, `name ${from + i}`] as const);
  const indexes = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return madeObjects(db, ['index']);
    } finally {
      db.close();
    }
  };

  it('has every row handed over in the file once written, and builds indexes beside while the caller goes on', async () => {
    await inFolder(async (root) => {
      const file = join(root, 'x.db');
      made(file);
      const writer = await openBulkWriter(`file:${file}`, { freshLoad: true });
      await writer.deferIndexes();
      expect(indexes(file)).toEqual([]);
      // Handed over without waiting for each: 60,000 rows in six calls.
      for (let from = 1; from <= 60_000; from += 10_000) await writer.insert('T', ['id', 'name'], rows(from, 10_000));
      await writer.written();
      const reader = new Database(file, { readonly: true });
      expect(reader.prepare(`SELECT count(*) AS n, max("id") AS last FROM "T"`).get()).toEqual({
        n: 60_000,
        last: 60_000,
      });
      reader.close();
      // T's index is built while nothing else is asked of the writer; U's waits for the end.
      writer.restoreIndexesBeside?.(['T']);
      const until = Date.now() + 4_000;
      while (!indexes(file).includes('T_name_key') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(indexes(file)).toEqual(['T_name_key']);
      expect(await writer.nextId('T')).toBe(60_001);
      await writer.restoreIndexes();
      expect(indexes(file)).toEqual(['T_name_key', 'U_n_idx']);
      await writer.close();
    });
  });

  it('builds the indexes of the tables named when asked (a generator reading its rows back), the rest after', async () => {
    await inFolder(async (root) => {
      const file = join(root, 'x.db');
      made(file);
      const writer = await openBulkWriter(`file:${file}`, { freshLoad: true });
      await writer.deferIndexes();
      await writer.insert('U', ['id', 'n'], [[1, 5]]);
      await writer.restoreIndexes(['U']);
      expect(indexes(file)).toEqual(['U_n_idx']);
      await writer.restoreIndexes();
      expect(indexes(file)).toEqual(['T_name_key', 'U_n_idx']);
      await writer.close();
    });
  });

  it('fails the next call when rows it was handed could not go in, and keeps failing', async () => {
    await inFolder(async (root) => {
      const file = join(root, 'x.db');
      made(file);
      const writer = await openBulkWriter(`file:${file}`, { freshLoad: true });
      await writer.insert('T', ['id', 'name'], rows(1, 3));
      // The same ids again: handed over, refused on the writer's thread.
      await writer.insert('T', ['id', 'name'], rows(2, 3));
      await expect(writer.written()).rejects.toThrow(/UNIQUE|PRIMARY/);
      await expect(writer.insert('T', ['id', 'name'], rows(10, 1))).rejects.toThrow(/UNIQUE|PRIMARY/);
      await expect(writer.drain()).rejects.toThrow(/UNIQUE|PRIMARY/);
      await writer.close();
      // The failed call's rows are not in (each insert is one transaction); the first call's are.
      const reader = new Database(file, { readonly: true });
      expect(reader.prepare(`SELECT count(*) AS n FROM "T"`).get()).toEqual({ n: 3 });
      reader.close();
    });
  });
});

describe('values as the application’s client stores them', { timeout: 60_000 }, () => {
  it.each([
    ['on the calling thread', false],
    ['on the writer’s own thread', true],
  ])('writes Dates as the client writes them, and reads them back as the same instants (%s)', async (_, freshLoad) => {
    await inFolder(async (root) => {
      const url = `file:${join(root, 'x.db')}`;
      await deployMigrations(url);
      // Either side of 1970, of a day, of a year; with and without milliseconds.
      const instants = [
        '2026-12-07T00:00:00.000Z',
        '2026-12-06T23:59:59.999Z',
        '2024-02-29T08:30:05.042Z',
        '1969-12-31T23:59:59.001Z',
        '1970-01-01T00:00:00.000Z',
        '2025-01-01T12:00:00.500Z',
      ].map((text) => new Date(text));
      const writer = await openBulkWriter(url, { freshLoad });
      await writer.insert(
        'Unit',
        ['id', 'name', 'kind', 'path', 'depth', 'createdAt', 'updatedAt'],
        instants.map((at, i) => [i + 1, `u${i}`, 'branch', `/${i + 1}/`, 0, at, at]),
      );
      await writer.close();
      const db = await createDb(url);
      try {
        for (const [i, at] of instants.entries())
          await db.unit.create({
            data: { id: 100 + i, name: `p${i}`, kind: 'branch', path: `/${100 + i}/`, depth: 0, createdAt: at },
          });
        const read = await db.unit.findMany({ select: { id: true, createdAt: true }, orderBy: { id: 'asc' } });
        expect(read.map((u) => u.createdAt.toISOString())).toEqual(
          [...instants, ...instants].map((d) => d.toISOString()),
        );
      } finally {
        await db.$disconnect();
      }
      const file = new Database(join(root, 'x.db'), { readonly: true });
      try {
        const text = (from: number) =>
          file
            .prepare(`SELECT "createdAt" AS t FROM "Unit" WHERE "id" >= ? ORDER BY "id" LIMIT ?`)
            .pluck()
            .all(from, instants.length);
        expect(text(1)).toEqual(text(100));
      } finally {
        file.close();
      }
    });
  });
});

describe('a client beside the writer (createDb’s settle)', { timeout: 60_000 }, () => {
  it('waits for the rows before each read, and for the writer to stop before anything else', async () => {
    await inFolder(async (root) => {
      const url = `file:${join(root, 'x.db')}`;
      await deployMigrations(url);
      const asked: string[] = [];
      const db = await createDb(url, {
        settle: async (statement) => {
          asked.push(statement);
        },
      });
      const kinds = async (run: () => Promise<unknown>) => {
        asked.length = 0;
        await run();
        return [...asked];
      };
      expect(await kinds(() => db.unit.count())).toEqual(['read']);
      expect(await kinds(() => db.unit.findMany({ take: 1 }))).toEqual(['read']);
      expect(await kinds(() => readDirect(db, Prisma.sql`SELECT 1 AS "one"`))).toEqual(['read']);
      expect(await kinds(() => db.$queryRaw`SELECT 1`)).toEqual(['write']);
      expect(
        await kinds(() => db.unit.create({ data: { name: 'M', kind: 'municipality', path: '/1/', depth: 0 } })),
      ).toEqual(['write']);
      // In a transaction a read may be followed by a write holding the file: it waits as a write does.
      expect(await kinds(() => db.$transaction(async (tx) => tx.unit.count()))).toEqual(['write']);
      await db.$disconnect();
    });
  });
});

describe('columns derived where the rows are written', { timeout: 60_000 }, () => {
  const totals = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(`SELECT "id", "n", "total" FROM "R" ORDER BY "id"`).all();
    } finally {
      db.close();
    }
  };

  it.each([
    ['on the calling thread', false],
    ['on the writer’s own thread', true],
  ])('fills them %s, in the order given, across calls, and a refusal fails the load', async (_, freshLoad) => {
    await inFolder(async (root) => {
      const file = join(root, 'x.db');
      const made = new Database(file);
      made.exec('CREATE TABLE "R" ("id" INTEGER PRIMARY KEY, "n" INTEGER NOT NULL, "total" INTEGER NOT NULL)');
      made.close();
      const writer = await openBulkWriter(`file:${file}`, { freshLoad });
      await writer.deriveOnWrite(runningTotals, [100]);
      await writer.insert(
        'R',
        ['id', 'n', 'total'],
        [
          [1, 5, null],
          [2, 7, null],
        ],
      );
      await writer.insert('R', ['id', 'n', 'total'], [[3, 1, null]]);
      await writer.drain();
      expect(totals(file)).toEqual([
        { id: 1, n: 5, total: 105 },
        { id: 2, n: 7, total: 112 },
        { id: 3, n: 1, total: 113 },
      ]);
      // Rows past one statement's (400 of three columns) are derived in their order too, statement after statement.
      const many = Array.from({ length: 1_000 }, (_, i) => [4 + i, i, null]);
      await writer.insert('R', ['id', 'n', 'total'], many);
      await writer.drain();
      const all = totals(file) as { id: number; n: number; total: number }[];
      expect(all).toHaveLength(1_003);
      expect(all.slice(402, 405)).toEqual([
        { id: 403, n: 399, total: 113 + (399 * 400) / 2 },
        { id: 404, n: 400, total: 113 + (400 * 401) / 2 },
        { id: 405, n: 401, total: 113 + (401 * 402) / 2 },
      ]);
      expect(all.at(-1)).toEqual({ id: 1_003, n: 999, total: 113 + (999 * 1_000) / 2 });
      // What the deriver refuses does not go in, and says why.
      const refused = writer.insert('R', ['id', 'n', 'total'], [[1_004, -1, null]]).then(() => writer.drain());
      await expect(refused).rejects.toThrow('runningTotals: n is -1');
      await writer.close();
      expect(totals(file)).toHaveLength(1_003);
    });
  });
});

describe('eachSecond', () => {
  it("cuts a span at the clock's seconds, every millisecond counted once", () => {
    const cut: [number, number][] = [];
    eachSecond(4_700, 7_250, (second, ms) => cut.push([second, ms]));
    expect(cut).toEqual([
      [4, 300],
      [5, 1000],
      [6, 1000],
      [7, 250],
    ]);
    const none: number[] = [];
    eachSecond(5_000, 5_000, (second) => none.push(second));
    expect(none).toEqual([]);
  });
});
