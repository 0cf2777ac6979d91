// The session cache forgets at once whatever changes what a session resolves to. The cache here keeps entries a
// whole minute, so each case fails unless the change itself made the cache forget: the next call after the
// change must see it, in this process, and on PostgreSQL in another process (its own client and listener).
import { createCallerFactory, createContextInner, hashToken, openSession, SessionCache } from '@strata/api';
import { createDb, type Db } from '@strata/db';
import { pgAdminUrl, testProviders } from '@strata/db/testing';
import { appRouter, systemOperations } from '@strata/gateway';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { addAccount, addUnit, uniqueName } from '../support/factories';

const minute = { ttlMs: 60_000, maxEntries: 100 };

describe.each(await testProviders())('cached sessions on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0, sessionCache: minute });
  });
  afterAll(() => env?.drop());

  /** A fresh account with an editor's grant at a new group under a 城关镇 branch, signed in, its session cached. */
  async function cachedAccount() {
    const branch = env.seed.townships.chengguan!.branches[1]!;
    const group = await addUnit(env, branch);
    const account = await addAccount(env, {
      unitId: branch.id,
      grants: [{ role: 'content_editor', unitId: group.id }],
    });
    const caller = await env.as(account.username);
    const me = await caller.identity.auth.me();
    expect(me?.grants).toEqual([expect.objectContaining({ unitId: group.id })]);
    return { account, group, caller, me: () => caller.identity.auth.me() };
  }

  it('keeps a resolved session, so a change behind its back (not through a procedure) is not seen', async () => {
    const { account, me } = await cachedAccount();
    await env.db.user.update({ where: { id: account.id }, data: { displayName: 'behind its back' } });
    expect((await me())?.displayName).toBe(account.displayName);
  });

  it('signing out ends the session at once', async () => {
    const { caller, me } = await cachedAccount();
    await caller.identity.auth.logout();
    expect(await me()).toBeNull();
  });

  it("changing one's password ends the account's other sessions at once", async () => {
    const { account, caller } = await cachedAccount();
    const other = await env.as(account.username);
    expect(await other.identity.auth.me()).not.toBeNull();
    await caller.identity.auth.changePassword({ currentPassword: 'Strata#2026', newPassword: 'Changed#2026pw' });
    expect(await other.identity.auth.me()).toBeNull();
    expect(await caller.identity.auth.me()).not.toBeNull();
  });

  it("an administrator's password reset, rename and disable are seen at once", async () => {
    const admin = await env.as('admin');
    const renamed = await cachedAccount();
    await admin.identity.users.update({ id: renamed.account.id, displayName: '改了名', disabled: false });
    expect((await renamed.me())?.displayName).toBe('改了名');
    const reset = await cachedAccount();
    await admin.identity.users.resetPassword({ id: reset.account.id, newPassword: 'Reset#2026pw' });
    expect(await reset.me()).toBeNull();
    const disabled = await cachedAccount();
    await admin.identity.users.update({ id: disabled.account.id, displayName: 'x', disabled: true });
    expect(await disabled.me()).toBeNull();
  });

  it('a grant added or removed changes the scope at once', async () => {
    const admin = await env.as('admin');
    const { account, me } = await cachedAccount();
    const branch = env.seed.townships.chengguan!.branches[2]!;
    const added = await admin.identity.grants.add({ userId: account.id, role: 'branch_secretary', unitId: branch.id });
    expect((await me())?.grants.map((g) => g.unitId)).toContain(branch.id);
    await admin.identity.grants.remove({ id: added.id });
    expect((await me())?.grants.map((g) => g.unitId)).not.toContain(branch.id);
  });

  it("moving, renaming, archiving and restoring a grant's unit change the scope at once", async () => {
    const admin = await env.as('admin');
    const { group, me } = await cachedAccount();
    const target = env.seed.townships.donghu!.branches[0]!;
    await admin.identity.units.move({ id: group.id, parentId: target.id });
    expect((await me())?.access.grants).toEqual([{ role: 'content_editor', unitPath: `${target.path}${group.id}/` }]);
    const name = uniqueName('改名小组');
    await admin.identity.units.rename({ id: group.id, name });
    expect((await me())?.grants).toEqual([expect.objectContaining({ unitName: name })]);
    await admin.identity.units.archive({ id: group.id });
    expect((await me())?.grants).toEqual([]);
    await admin.identity.units.restore({ id: group.id });
    expect((await me())?.grants).toEqual([expect.objectContaining({ unitId: group.id })]);
  });

  it("a language change is the session's at once", async () => {
    const { caller, me } = await cachedAccount();
    await caller.identity.auth.setLocale({ locale: 'en-US' });
    expect((await me())?.locale).toBe('en-US');
  });

  it('never serves a session past its expiry', async () => {
    const { account } = await cachedAccount();
    const token = uniqueName('expiring');
    const expiresAt = new Date(Date.now() + 1000);
    await env.db.session.create({ data: { id: hashToken(token), userId: account.id, csrfToken: 'c', expiresAt } });
    const caller = await env.callerWithToken(token, 'c');
    expect(await caller.identity.auth.me()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 1));
    expect(await caller.identity.auth.me()).toBeNull();
  });
});

const postgresql = (await testProviders()).includes('postgresql');

describe.runIf(postgresql)('cached sessions in two processes on PostgreSQL', () => {
  let env: TestEnv;
  let otherDb: Db;
  let other: SessionCache;
  const createCaller = createCallerFactory(appRouter);
  beforeAll(async () => {
    env = await createTestEnv('postgresql', { articlesPerUnit: 0, sessionCache: minute });
    await env.sessions?.listen(env.url);
    // The other process: a client, system operations and a listening cache of its own.
    otherDb = await createDb(env.url);
    other = new SessionCache(otherDb, minute);
    await other.listen(env.url);
  });
  afterAll(async () => {
    await other?.close();
    await otherDb?.$disconnect();
    await env?.drop();
  });

  /** A fresh account with a grant, signed in, its session cached by the other process. */
  async function cachedElsewhere() {
    const branch = env.seed.townships.chengguan!.branches[3]!;
    const account = await addAccount(env, {
      unitId: branch.id,
      grants: [{ role: 'content_editor', unitId: branch.id }],
    });
    const session = await openSession(env.db, account.id, 3_600_000);
    const caller = createCaller(() =>
      createContextInner({
        db: otherDb,
        system: systemOperations(otherDb),
        sessions: other,
        sessionToken: session.token,
        csrfHeader: session.csrfToken,
      }),
    );
    expect((await caller.identity.auth.me())?.grants).toHaveLength(1);
    return {
      account,
      me: () => caller.identity.auth.me(),
      here: await env.callerWithToken(session.token, session.csrfToken),
    };
  }

  // Another process hears of a change when PostgreSQL delivers the notification, a moment after the commit.
  const soon = { timeout: 2000, interval: 20 };

  it('a grant removed in one process is gone from the scope in the other', async () => {
    const { account, me } = await cachedElsewhere();
    const admin = await env.as('admin');
    const [grant] = await env.db.grant.findMany({ where: { userId: account.id } });
    await admin.identity.grants.remove({ id: grant!.id });
    await vi.waitFor(async () => expect((await me())?.grants).toEqual([]), soon);
  });

  it('signing out in one process ends the session in the other', async () => {
    const { me, here } = await cachedElsewhere();
    await here.identity.auth.logout();
    await vi.waitFor(async () => expect(await me()).toBeNull(), soon);
  });

  it('a cache whose listener was cut serves nothing it might have missed, and listens again', async () => {
    const { account, me } = await cachedElsewhere();
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    try {
      // Both processes' listeners go: a change now (even one that notifies) is heard by nobody.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
        [new URL(env.url).pathname.slice(1), 'strata_session_changes'],
      );
    } finally {
      await admin.end();
    }
    await env.db.session.deleteMany({ where: { userId: account.id } });
    await vi.waitFor(async () => expect(await me()).toBeNull(), soon);
    // Listening again, it caches again: a change behind its back is not seen.
    const next = await cachedElsewhere();
    await vi.waitFor(async () => {
      await next.me();
      expect(other.size).toBeGreaterThan(0);
    }, soon);
  });
});
