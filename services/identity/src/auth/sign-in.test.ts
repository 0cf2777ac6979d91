// Signing in and its counters on a real (SQLite) database, with the clock passed in: each rule both ways, the
// attempt that gets through and the one that is refused, with what it leaves in the counters and the audit log.
import { countAttempt, sweepAttemptCounters } from '@strata/api';
import { type Db, hashPassword } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in';
import {
  accountKey,
  addressKey,
  clearAccount,
  lockedUsernames,
  recordFailure,
  recordSuccess,
} from './sign-in-counters';

let database: TestDatabase;
let db: Db;
let unitId: number;
let passwordHash: string;
const password = 'Right#2026pass';
const minute = 60_000;
const limits = { maxFailedLogins: 3, lockoutMs: 15 * minute, maxSignInAttemptsPerAddress: 4 };
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 8, 0) + minutes * minute);

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  db = database.db;
  unitId = (await addTestUnit(db, null, { kind: 'municipality', name: 'city' })).id;
  passwordHash = await hashPassword(password);
});
afterAll(() => database?.drop());

let n = 0;
async function account(opts: { disabled?: boolean } = {}) {
  n += 1;
  const username = `person-${n}`;
  const user = await db.user.create({
    data: { username, displayName: username, unitId, passwordHash, disabledAt: opts.disabled ? at(-60) : null },
  });
  return { ...user, ip: `10.0.0.${n}` };
}
const counter = (key: string) => db.attemptCounter.findUnique({ where: { key } });
/** The audit entries about an account, each as "action" after checking it names the account itself. */
const actions = async (userId: number) => {
  const entries = await db.auditLog.findMany({ where: { entityId: String(userId) }, orderBy: { id: 'asc' } });
  for (const e of entries) expect(e).toMatchObject({ actorId: userId, unitId, entity: 'User' });
  return entries.map((a) => a.action);
};
const refusal = (code: string, key: string, vars?: object) =>
  expect.objectContaining({ code, key, ...(vars ? { vars } : {}) });

describe('counting attempts', () => {
  it('keys accounts by their name in lower case and addresses as they are', () => {
    expect(accountKey('Chen.Li')).toBe('user:chen.li');
    expect(addressKey('10.0.0.1')).toBe('addr:10.0.0.1');
  });

  it('counts within a window, and starts a new window once it has ended', async () => {
    const key = 'test:window';
    await db.attemptCounter.create({ data: { key: 'test:bystander', failures: 3, windowEndsAt: at(10) } });
    expect(await countAttempt(db, key, at(0), 10 * minute)).toMatchObject({ failures: 1, lockedUntil: null });
    expect(await countAttempt(db, key, at(9), 10 * minute)).toMatchObject({ failures: 2 });
    expect((await counter(key))?.windowEndsAt).toEqual(at(10));
    await recordFailure(db as never, key, at(9), at(30));
    // At the very end of the window (here: the lock's end) the window is over.
    expect(await countAttempt(db, key, at(30), 10 * minute)).toEqual({ failures: 1, lockedUntil: null });
    expect(await counter(key)).toMatchObject({ failures: 1, windowEndsAt: at(40), lockedUntil: null });
    // Only this key's window restarted.
    expect(await counter('test:bystander')).toMatchObject({ failures: 3, windowEndsAt: at(10) });
  });

  it('when a concurrent attempt restarted the window first, answers the count as it stands', async () => {
    const key = 'test:race';
    await countAttempt(db, key, at(0), minute);
    // The other attempt restarts the window (and counts) between this one's count and its restart.
    const racing = new Proxy(db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== 'attemptCounter') return value;
        return new Proxy(value, {
          get(delegate, op, r) {
            if (op !== 'updateMany') return Reflect.get(delegate, op, r);
            return async (args: Parameters<typeof db.attemptCounter.updateMany>[0]) => {
              await db.attemptCounter.update({ where: { key }, data: { failures: 2, windowEndsAt: at(12) } });
              return db.attemptCounter.updateMany(args);
            };
          },
        });
      },
    });
    expect(await countAttempt(racing, key, at(2), minute)).toMatchObject({ failures: 2, lockedUntil: null });
    expect((await counter(key))?.windowEndsAt).toEqual(at(12));
  });

  it('a failure is marked, and locks only when asked to', async () => {
    const key = 'test:failure';
    await countAttempt(db, key, at(0), 10 * minute);
    await recordFailure(db as never, key, at(1), null);
    expect(await counter(key)).toMatchObject({ lastFailureAt: at(1), lockedUntil: null, windowEndsAt: at(10) });
    await recordFailure(db as never, key, at(2), at(20));
    expect(await counter(key)).toMatchObject({ lastFailureAt: at(2), lockedUntil: at(20), windowEndsAt: at(20) });
  });

  it('a success forgets the account’s failures and gives the address one attempt back, never below none', async () => {
    await countAttempt(db, 'user:winner', at(0), minute);
    await countAttempt(db, 'addr:winner', at(0), minute);
    await countAttempt(db, 'addr:winner', at(0), minute);
    await db.attemptCounter.create({ data: { key: 'addr:idle', failures: 0, windowEndsAt: at(1) } });
    await recordSuccess(db as never, 'user:winner', 'addr:winner');
    await recordSuccess(db as never, 'user:nobody', 'addr:idle');
    expect(await counter('user:winner')).toBeNull();
    expect((await counter('addr:winner'))?.failures).toBe(1);
    expect((await counter('addr:idle'))?.failures).toBe(0);
  });

  it('tells which accounts are locked now, and unlocks one', async () => {
    await db.attemptCounter.createMany({
      data: [
        { key: 'user:locked', failures: 5, windowEndsAt: at(15), lockedUntil: at(15) },
        { key: 'user:was-locked', failures: 5, windowEndsAt: at(0), lockedUntil: at(0) },
        { key: 'user:failing', failures: 2, windowEndsAt: at(15) },
      ],
    });
    const names = ['locked', 'was-locked', 'failing', 'unknown'];
    expect(await lockedUsernames(db, names, at(0))).toEqual(new Set(['locked']));
    expect(await lockedUsernames(db, ['failing', 'unknown'], at(0))).toEqual(new Set());
    // Asking about nobody asks the database nothing.
    expect(await lockedUsernames({} as Db, [], at(0))).toEqual(new Set());
    await clearAccount(db, 'LOCKED');
    expect(await lockedUsernames(db, names, at(0))).toEqual(new Set());
  });

  it('sweeps counters whose window has ended, and only those', async () => {
    await db.attemptCounter.createMany({
      data: [
        { key: 'sweep:old', failures: 1, windowEndsAt: at(-100) },
        { key: 'sweep:now', failures: 1, windowEndsAt: at(-50) },
      ],
    });
    await sweepAttemptCounters(db as never, at(-50));
    expect(await counter('sweep:old')).toBeNull();
    expect(await counter('sweep:now')).not.toBeNull();
  });
});

describe('signing in', () => {
  it('with the right password, in any letter case: the id, a clean account counter, an audit entry', async () => {
    const user = await account();
    await signIn(db, limits, { username: user.username, password: 'wrong', ip: user.ip, now: at(0) }).catch(() => {});
    expect((await counter(accountKey(user.username)))?.failures).toBe(1);
    const id = await signIn(db, limits, {
      username: user.username.toUpperCase(),
      password,
      ip: user.ip,
      now: at(1),
    });
    expect(id).toBe(user.id);
    expect(await counter(accountKey(user.username))).toBeNull();
    expect((await counter(addressKey(user.ip)))?.failures).toBe(1);
    expect(await actions(user.id)).toEqual(['auth.loginFailed', 'auth.login']);
  });

  it('a wrong password is refused as invalid credentials, and counted', async () => {
    const user = await account();
    await expect(
      signIn(db, limits, { username: user.username, password: 'nope', ip: user.ip, now: at(0) }),
    ).rejects.toEqual(refusal('UNAUTHORIZED', 'invalidCredentials'));
    expect(await counter(accountKey(user.username))).toMatchObject({
      failures: 1,
      lastFailureAt: at(0),
      lockedUntil: null,
    });
    expect(await actions(user.id)).toEqual(['auth.loginFailed']);
  });

  it('an unknown name is refused the same way, counted, and leaves no audit entry', async () => {
    const before = await db.auditLog.count();
    await expect(signIn(db, limits, { username: 'ghost', password, ip: '10.9.0.1', now: at(0) })).rejects.toEqual(
      refusal('UNAUTHORIZED', 'invalidCredentials'),
    );
    expect(await counter('user:ghost')).toMatchObject({ failures: 1, lastFailureAt: at(0) });
    expect(await db.auditLog.count()).toBe(before);
  });

  it('the attempt that reaches the limit locks the account for the lockout time, even the right password then', async () => {
    const user = await account();
    const attempt = (pw: string, minutes: number) =>
      signIn(db, limits, { username: user.username, password: pw, ip: user.ip, now: at(minutes) });
    await expect(attempt('nope', 0)).rejects.toEqual(refusal('UNAUTHORIZED', 'invalidCredentials'));
    await expect(attempt('nope', 1)).rejects.toEqual(refusal('UNAUTHORIZED', 'invalidCredentials'));
    await expect(attempt('nope', 2)).rejects.toEqual(refusal('TOO_MANY_REQUESTS', 'accountLocked', { minutes: 15 }));
    expect(await counter(accountKey(user.username))).toMatchObject({ lockedUntil: at(17), windowEndsAt: at(17) });
    // Still locked: the right password is refused, with the minutes left, rounded up.
    await expect(
      signIn(db, limits, { username: user.username, password, ip: user.ip, now: new Date(at(7).getTime() + 1) }),
    ).rejects.toEqual(refusal('TOO_MANY_REQUESTS', 'accountLocked', { minutes: 10 }));
    expect(await actions(user.id)).toEqual([
      'auth.loginFailed',
      'auth.loginFailed',
      'auth.lockout',
      'auth.loginFailed',
    ]);
    // The lock does not move while it holds.
    expect((await counter(accountKey(user.username)))?.lockedUntil).toEqual(at(17));
    // Once the lock has ended, the right password signs in.
    await expect(attempt(password, 17)).resolves.toBe(user.id);
  });

  it('a lock holds until its time, not at it', async () => {
    const user = await account();
    await db.attemptCounter.create({
      data: { key: accountKey(user.username), failures: 1, windowEndsAt: at(30), lockedUntil: at(5) },
    });
    await expect(signIn(db, limits, { username: user.username, password, ip: user.ip, now: at(5) })).resolves.toBe(
      user.id,
    );
  });

  it('a disabled account with the right password is told so; with a wrong one, nothing more', async () => {
    const user = await account({ disabled: true });
    await expect(signIn(db, limits, { username: user.username, password, ip: user.ip, now: at(0) })).rejects.toEqual(
      refusal('FORBIDDEN', 'accountDisabled'),
    );
    await expect(
      signIn(db, limits, { username: user.username, password: 'nope', ip: user.ip, now: at(0) }),
    ).rejects.toEqual(refusal('UNAUTHORIZED', 'invalidCredentials'));
    // The right password is recorded for the account's managers to see; the wrong one as any failure.
    expect(await actions(user.id)).toEqual(['auth.loginDisabled', 'auth.loginFailed']);
  });

  it('one address gets the configured number of attempts in a window, and then none, whoever it names', async () => {
    const user = await account();
    const ip = '10.8.0.1';
    for (let i = 0; i < 4; i++)
      await expect(signIn(db, limits, { username: `nobody-${i}`, password, ip, now: at(0) })).rejects.toEqual(
        refusal('UNAUTHORIZED', 'invalidCredentials'),
      );
    await expect(signIn(db, limits, { username: user.username, password, ip, now: at(1) })).rejects.toEqual(
      refusal('TOO_MANY_REQUESTS', 'tooManyRequests'),
    );
    // The refused attempt never reached the account.
    expect(await counter(accountKey(user.username))).toBeNull();
    await expect(signIn(db, limits, { username: user.username, password, ip, now: at(15) })).resolves.toBe(user.id);
  });

  it('a sign-in sweeps ended counters and expired sessions, and keeps live ones', async () => {
    const user = await account();
    await db.attemptCounter.create({ data: { key: 'user:stale', failures: 1, windowEndsAt: at(-1) } });
    await db.session.createMany({
      data: [
        { id: 'expired', userId: user.id, csrfToken: 'c', expiresAt: at(-1) },
        { id: 'live', userId: user.id, csrfToken: 'c', expiresAt: at(0) },
      ],
    });
    await signIn(db, limits, { username: user.username, password, ip: user.ip, now: at(0) });
    expect(await counter('user:stale')).toBeNull();
    expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual(['live']);
  });
});
