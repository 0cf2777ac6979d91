// A value kept while the tables it reads stay the same (whileUnchanged in @strata/db: a list's total) must be
// computed again after any change to them its client could see: a write outside a transaction, a committed
// transaction, a rolled-back one, another client's commit, a commit of a transaction that was in progress while it
// was computed; never kept from inside a transaction, where uncommitted rows are visible; and kept across writes to
// tables it does not read. Each case counts how often the value was computed: a cache that keeps nothing fails the
// first case, one that misses a change fails the case for that change, and one that any write drops fails the
// case of the other tables.
import { Scope, withScopeGuard } from '@strata/api';
import { createDb, type Db, holdWarmTimer, type Table, tablesIn, warmKeptValues, whileUnchanged } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(await testProviders())('values kept while the data is unchanged, on %s', (provider) => {
  let database: TestDatabase;
  let db: Db;
  let computed = 0;
  let key = 0;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    // The warm values' passes run when the tests say, at the times they give: the timer's own pass, at the real
    // time, once computed a value between a test's write and its pass (so the next gap was measured from then).
    await holdWarmTimer(true);
  });
  afterAll(async () => {
    await holdWarmTimer(false);
    await database?.drop();
  });

  /**
   * The number of units, through the cache under `name` as `through` reaches it (the client by default), counting
   * each time it is really computed.
   */
  const units = (client: Db, name: string, through: Db = client) =>
    whileUnchanged(
      through,
      name,
      async () => {
        computed++;
        return client.unit.count();
      },
      { reads: ['Unit'] },
    );
  /** A fresh cache key, and the count read once under it. */
  async function primed() {
    const name = `units ${++key}`;
    const before = await units(db, name);
    computed = 0;
    return { name, before };
  }
  const addUnit = (client: Db) => addTestUnit(client, null, { name: `unit ${++key}` });

  it('serves the kept value while nothing changes, through an extension and the scope guard too', async () => {
    const { name, before } = await primed();
    expect(await units(db, name)).toBe(before);
    expect(await units(db, name, db.$extends({}) as unknown as Db)).toBe(before);
    expect(await units(db, name, withScopeGuard(db, Scope.empty))).toBe(before);
    expect(computed).toBe(0);
  });

  it('computes again after a write outside a transaction', async () => {
    const { name, before } = await primed();
    await addUnit(db);
    expect(await units(db, name)).toBe(before + 1);
    expect(computed).toBe(1);
  });

  it('computes again after a committed transaction, and after one rolled back', async () => {
    const { name, before } = await primed();
    await db.$transaction(async (tx) => {
      await addUnit(tx as Db);
    });
    expect(await units(db, name)).toBe(before + 1);
    await expect(
      db.$transaction(async (tx) => {
        await addUnit(tx as Db);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await units(db, name)).toBe(before + 1);
    // SQLite's generation rolls back with the write; PostgreSQL's sequence does not, and the value is counted again.
    expect(computed).toBe(provider === 'sqlite' ? 1 : 2);
  });

  it('keeps nothing read while a transaction is open, nor inside one', async () => {
    const { name, before } = await primed();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const transaction = db
      .$transaction(async (tx) => {
        await addUnit(tx as Db);
        // Inside the transaction nothing is served nor kept: its own writes are not what others read.
        computed = 0;
        expect(await units(tx as Db, name)).toBe(before + 1);
        expect(await units(tx as Db, name)).toBe(before + 1);
        expect(computed).toBe(2);
        written();
        await held;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await wrote;
    // SQLite's adapter reads on the transaction's connection and sees the uncommitted unit: that must not be
    // kept. PostgreSQL's snapshot does not show it, and may serve what it kept before.
    const during = await units(db, name);
    expect(during).toBe(provider === 'sqlite' ? before + 1 : before);
    release();
    await transaction;
    expect(await units(db, name)).toBe(before);
  });

  it("computes again after another client's commit", async () => {
    const { name, before } = await primed();
    const other = await createDb(database.url);
    try {
      await addUnit(other);
      expect(await units(db, name)).toBe(before + 1);
      expect(computed).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it('keeps the value across writes to tables it does not read, committed or not', async () => {
    const { name, before } = await primed();
    const unit = await db.unit.findFirstOrThrow({ select: { id: true } });
    await db.sensitiveWord.create({ data: { unitId: unit.id, word: `word ${++key}`, level: 'block' } });
    await db.$transaction(async (tx) => {
      await tx.calendarDay.create({
        data: { unitId: unit.id, date: `2031-01-${10 + (key % 10)}`, kind: 'holiday', name: 'test' },
      });
    });
    expect(await units(db, name)).toBe(before);
    expect(computed).toBe(0);
    // And drops it on a write to one it reads, among others.
    await addUnit(db);
    expect(await units(db, name)).toBe(before + 1);
    expect(computed).toBe(1);
  });

  it('keeps nothing computed while another client has a transaction in progress, so its commit shows', async () => {
    const { name, before } = await primed();
    const other = await createDb(database.url);
    let commit!: () => void;
    const held = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    try {
      // On PostgreSQL the unit's generation moves as it is written, before its commit: a value computed meanwhile,
      // without the written unit, must not be kept under the moved generation.
      const transaction = other.$transaction(async (tx) => {
        await addUnit(tx as Db);
        written();
        await held;
      });
      await wrote;
      const during = await units(db, `${name} during`).catch(() => null);
      if (provider === 'postgresql') expect(during).toBe(before);
      commit();
      await transaction;
      expect(await units(db, `${name} during`)).toBe(before + 1);
    } finally {
      commit();
      await other.$disconnect();
    }
  });

  it('computes a warm value again in the background after a write, at most once a gap, while it is asked for', async () => {
    const name = `warm units ${++key}`;
    let warmComputed = 0;
    const warm = () =>
      whileUnchanged(
        db,
        name,
        async () => {
          warmComputed++;
          return db.unit.count();
        },
        { reads: ['Unit'], warm: true },
      );
    const before = await warm();
    const start = Date.now();
    await addUnit(db);
    // The pass computes it (the timer's own pass may have done so first); the reader then waits for nothing.
    await warmKeptValues(start + 6_000);
    const afterPass = warmComputed;
    expect(afterPass).toBe(2);
    expect(await warm()).toBe(before + 1);
    expect(warmComputed).toBe(afterPass);
    // Within the gap another write waits for its reader; past it, the pass computes it again.
    await addUnit(db);
    await warmKeptValues(start + 7_000);
    expect(warmComputed).toBe(2);
    await addUnit(db);
    await warmKeptValues(start + 12_000);
    expect(warmComputed).toBe(3);
    expect(await warm()).toBe(before + 3);
    expect(warmComputed).toBe(3);
    // Asked for no more (ten minutes without a reader), it is let go: the next reader computes it.
    await warmKeptValues(start + 11 * 60_000);
    await addUnit(db);
    await warmKeptValues(start + 12 * 60_000);
    expect(warmComputed).toBe(3);
    expect(await warm()).toBe(before + 4);
    expect(warmComputed).toBe(4);
  });

  it('keeps warm only the 64 values asked for last', async () => {
    const counts = new Map<number, number>();
    const warm = (n: number) =>
      whileUnchanged(
        db,
        `bounded warm ${key} ${n}`,
        async () => {
          counts.set(n, (counts.get(n) ?? 0) + 1);
          return db.unit.count();
        },
        { reads: ['Unit'], warm: true },
      );
    key++;
    for (let n = 0; n < 65; n++) await warm(n);
    await addUnit(db);
    await warmKeptValues(Date.now() + 6_000);
    // The first asked was let go when the 65th came; the others were computed again in the background.
    expect(counts.get(0)).toBe(1);
    expect(counts.get(1)).toBe(2);
    expect(counts.get(64)).toBe(2);
  });

  it('keeps each shelf to its size, the least recently made going first, without touching other shelves', async () => {
    const { name, before } = await primed();
    const shelf = { name: `pages ${key}`, size: 2 };
    const pages = new Map<number, number>();
    const page = (n: number) =>
      whileUnchanged(
        db,
        `page ${n}`,
        async () => {
          pages.set(n, (pages.get(n) ?? 0) + 1);
          return n;
        },
        { reads: ['Unit'], shelf },
      );
    for (const n of [1, 2, 3, 2, 3]) await page(n);
    // The shelf holds two: the first made went when the third came, the other two are served.
    expect([...pages]).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    await page(1);
    expect(pages.get(1)).toBe(2);
    // The same key on another shelf is another value, and the values' own shelf kept its value.
    expect(await units(db, name)).toBe(before);
    expect(computed).toBe(0);
    expect(await whileUnchanged(db, 'page 1', async () => 'other', { reads: ['Unit'] })).toBe('other');
  });

  it('has a generation for every table, moved by each kind of write', async () => {
    const tables =
      provider === 'sqlite'
        ? await db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "sql" NOT LIKE 'CREATE VIRTUAL%'`,
          )
        : await db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
          );
    const ours = tables
      .map((t) => t.name)
      .filter((t) => !/^(sqlite_|_prisma_migrations$|DataGeneration$|ArticleSearch)/.test(t))
      .sort();
    expect(ours.length).toBeGreaterThan(70);
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "DataGeneration" ORDER BY "name"`);
    // Every table but the search index's (derived from the articles; no kept value reads it).
    expect(rows.map((r) => r.name)).toEqual(ours);
    const triggers =
      provider === 'sqlite'
        ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM sqlite_master WHERE "type" = 'trigger'`)
        : await db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT tgname AS "name" FROM pg_trigger WHERE NOT tgisinternal`,
          );
    const names = new Set(triggers.map((t) => t.name));
    for (const { name } of rows) {
      const expected =
        provider === 'sqlite'
          ? ['insert', 'update', 'delete'].map((op) => `${name}_generation_${op}`)
          : [`${name}_generation`];
      for (const trigger of expected) expect(names.has(trigger), trigger).toBe(true);
    }
    // Each kind of write moves the written table's generation, and only its.
    const name = `columns ${++key}`;
    const columns = () =>
      whileUnchanged(
        db,
        name,
        async () => {
          computed++;
          return db.column.count();
        },
        { reads: ['Column'] },
      );
    const unit = await db.unit.findFirstOrThrow({ select: { id: true } });
    await columns();
    computed = 0;
    const column = await db.column.create({ data: { unitId: unit.id, name: `column ${key}` } });
    await columns();
    await db.column.update({ where: { id: column.id }, data: { name: `column ${key}b` } });
    await columns();
    await db.column.delete({ where: { id: column.id } });
    await columns();
    await addUnit(db);
    await columns();
    expect(computed).toBe(3);
  });

  it('refuses, under test, a kept value that reads a table it does not name', async () => {
    await expect(
      whileUnchanged(db, `unnamed ${++key}`, () => db.unit.count(), { reads: ['Article'] as Table[] }),
    ).rejects.toThrow('reads Unit but names only Article');
    // Also through a kept value used inside it, which counts as reading what it names.
    const inner = () => whileUnchanged(db, `inner ${key}`, () => db.unit.count(), { reads: ['Unit'] });
    await inner();
    await expect(whileUnchanged(db, `outer ${key}`, inner, { reads: ['Article'] })).rejects.toThrow(
      'reads Unit but names only Article',
    );
  });
});

describe('the tables a statement names', () => {
  it('finds every table named, quoted or not, in any case, and nothing else', () => {
    expect(
      tablesIn(
        'SELECT count(*) FROM "Unit" u JOIN letter l ON l."unitId" = u."id" WHERE u."path" LIKE $1 AND "unitId" > 0',
      ),
    ).toEqual(['Letter', 'Unit']);
    expect(tablesIn('SELECT 1')).toEqual([]);
  });

  it('reads no table out of a string literal (a role called member, a kind called unit)', () => {
    expect(tablesIn(`SELECT g."userId" FROM "Grant" g WHERE g."role" <> 'member' AND g."kind" = 'it''s unit'`)).toEqual(
      ['Grant'],
    );
  });
});
