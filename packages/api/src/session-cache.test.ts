// The session cache over a stand-in client that counts its reads: what it keeps, for how long, how much, and
// when a read it made is not kept. (Forgetting on each change is proven through the procedures, on both
// databases and across processes, in tests/services/session-cache.test.ts.)
import type { Db, Tx } from '@strata/db';
import { afterEach, describe, expect, it } from 'vitest';
import { installRoleCatalog, RoleCatalog, roleCatalog } from './roles';
import { hashToken } from './session';
import { SessionCache, sessionsChanged } from './session-cache';
import { afterTransaction, runTransaction } from './transactions';

const user = (id: number) => ({
  id,
  username: `u${id}`,
  displayName: 'U',
  locale: 'en-US',
  mustChangePassword: false,
  disabledAt: null,
  grants: [{ id: 1, role: 'member', unitId: 7, unit: { path: '/1/7/', name: 'East', archivedAt: null } }],
});

/** Sessions `t<n>` of user n, expiring in `lifeMs`; `reads` counts the lookups; `gate` holds the next one. */
function stand(lifeMs = 60_000) {
  const state = { reads: 0, gate: undefined as Promise<void> | undefined };
  const db = {
    session: {
      findUnique: async ({ where }: { where: { id: string } }) => {
        state.reads++;
        await state.gate;
        const n = [1, 2, 3, 4].find((i) => hashToken(`t${i}`) === where.id);
        return n === undefined
          ? null
          : { id: where.id, csrfToken: 'c', expiresAt: new Date(Date.now() + lifeMs), user: user(n) };
      },
    },
    _activeProvider: 'sqlite',
  };
  return { db: db as unknown as Db, state };
}

let cache: SessionCache | undefined;
afterEach(() => cache?.close());

describe('the session cache', () => {
  it('reads a session once while fresh, and again after its time', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 40, maxEntries: 10 });
    const first = await cache.resolve('t1');
    expect(await cache.resolve('t1')).toBe(first);
    expect(state.reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await cache.resolve('t1'))?.session.user.id).toBe(1);
    expect(state.reads).toBe(2);
  });

  it('keeps nothing for a missing token or an unknown session', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    expect(await cache.resolve(undefined)).toBeNull();
    expect(await cache.resolve('nobody')).toBeNull();
    expect(await cache.resolve('nobody')).toBeNull();
    expect(state.reads).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('never serves a session past its expiry, however fresh the entry', async () => {
    const { db, state } = stand(30);
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    expect(await cache.resolve('t1')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 40));
    await cache.resolve('t1');
    expect(state.reads).toBe(2);
  });

  it('holds at most maxEntries, dropping the least recently used', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 2 });
    await cache.resolve('t1');
    await cache.resolve('t2');
    await cache.resolve('t1'); // t2 is now the least recently used
    await cache.resolve('t3');
    expect(cache.size).toBe(2);
    expect(state.reads).toBe(3);
    await cache.resolve('t1');
    expect(state.reads).toBe(3);
    await cache.resolve('t2');
    expect(state.reads).toBe(4);
  });

  it('forgets one session, one account or everyone', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    for (const t of ['t1', 't2', 't3']) await cache.resolve(t);
    cache.forget({ sessionId: hashToken('t1') });
    cache.forget({ userId: 2 });
    expect(cache.size).toBe(1);
    cache.forget({ everyone: true });
    expect(cache.size).toBe(0);
    expect(state.reads).toBe(3);
  });

  it('does not keep a read that a change overtook: it may hold what the change made stale', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    let open = () => {};
    state.gate = new Promise((resolve) => {
      open = resolve;
    });
    const reading = cache.resolve('t1');
    cache.forget({ userId: 4 });
    open();
    expect(await reading).not.toBeNull();
    expect(cache.size).toBe(0);
  });

  it('reads again once another role catalog is in force', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    await cache.resolve('t1');
    const before = roleCatalog();
    installRoleCatalog(new RoleCatalog());
    try {
      await cache.resolve('t1');
      expect(state.reads).toBe(2);
    } finally {
      installRoleCatalog(before);
    }
  });

  it('is told of a change when the transaction that made it ends, in every cache of the process', async () => {
    const { db, state } = stand();
    cache = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    const second = new SessionCache(db, { ttlMs: 60_000, maxEntries: 10 });
    await cache.resolve('t1');
    await second.resolve('t1');
    const sizes: number[] = [];
    const client = {
      $transaction: async (work: (tx: Tx) => Promise<void>) => work(db as unknown as Tx),
    } as unknown as Db;
    await runTransaction(client, async (tx) => {
      await sessionsChanged(tx, { userId: 1 });
      afterTransaction(() => sizes.push(cache?.size ?? -1));
      // Still inside: a concurrent reader could load the old rows yet, so nothing is forgotten before the end.
      sizes.push(cache?.size ?? -1, second.size);
    });
    expect(sizes).toEqual([1, 1, 0]);
    expect(second.size).toBe(0);
    await second.close();
    expect(state.reads).toBe(2);
  });
});
