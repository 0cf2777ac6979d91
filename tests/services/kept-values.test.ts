// A value kept while the data stays the same (whileUnchanged in @strata/db: a list's total) must be computed again
// after any change its client could see: a write outside a transaction, a committed transaction, a rolled-back
// one, another client's commit; and never kept from inside a transaction, where uncommitted rows are visible.
// Each case counts how often the value was computed: a cache that keeps nothing fails the first case, and one
// that misses a change fails the case for that change.
import { Scope, withScopeGuard } from '@strata/api';
import { createDb, type Db, dataGeneration, whileUnchanged } from '@strata/db';
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
  });
  afterAll(() => database?.drop());

  /**
   * The number of units, through the cache under `name` as `through` reaches it (the client by default), counting
   * each time it is really computed.
   */
  const units = (client: Db, name: string, through: Db = client) =>
    whileUnchanged(through, name, async () => {
      computed++;
      return client.unit.count();
    });
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
    expect(computed).toBe(2);
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
        expect(await dataGeneration(tx)).toBeNull();
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
});
