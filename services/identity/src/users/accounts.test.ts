// Listing, editing and resetting accounts on a real (SQLite) database, through the scope-guarded client a
// procedure gets: what the caller sees and changes inside the scope, and what stays out of reach.
import { runTransaction, Scope, withScopeGuard } from '@strata/api';
import { type Db, hashPassword, type Unit, verifyPassword } from '@strata/db';
import { addTestAccount, addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityOnly } from '../testing';
import { listUsers } from './list-users';
import { resetPassword } from './reset-password';
import { updateUser } from './update-user';
import { toUserRow, userFilter } from './user-schemas';

let database: TestDatabase;
let raw: Db;
let root: Unit;
let east: Unit;
let branch: Unit;
let west: Unit;
let actorId: number;

const account = (username: string, displayName: string, home: Unit, grants: [string, Unit][] = []) =>
  addTestAccount(raw, { username, displayName, home, grants });

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  raw = database.db;
  root = await addTestUnit(raw, null, { name: 'city' });
  east = await addTestUnit(raw, root, { name: 'east' });
  branch = await addTestUnit(raw, east, { name: 'branch' });
  west = await addTestUnit(raw, root, { name: 'west' });
  actorId = (await account('east-admin', 'Admin', east, [['township_admin', east]])).id;
  await account('ann', 'Same', branch, [['member', branch]]);
  await account('bob', 'Same', branch, [
    ['content_editor', branch],
    ['member', west],
  ]);
  await account('cat', 'Cat 100%', east);
  await account('dan', 'Dan 1000', east);
  await account('west-clerk', 'Clerk', west);
  await raw.attemptCounter.create({
    data: {
      key: 'user:bob',
      failures: 5,
      windowEndsAt: new Date(Date.now() + 3_600_000),
      lockedUntil: new Date(Date.now() + 3_600_000),
    },
  });
});
afterAll(() => database?.drop());

const eastAdmin = () =>
  new Scope([{ id: 1, role: 'township_admin', unitId: east.id, unitPath: east.path, unitName: east.name }]);
const list = (filter: Record<string, unknown> = {}) => {
  const scope = eastAdmin();
  return listUsers(withScopeGuard(raw, scope), {
    scope,
    filter: userFilter.parse(filter),
  });
};
const inTransaction = <T>(
  work: (tx: Parameters<Parameters<typeof runTransaction>[1]>[0], scope: Scope) => Promise<T>,
) => {
  const scope = eastAdmin();
  return runTransaction(withScopeGuard(raw, scope), (tx) => work(tx, scope));
};

describe('listing accounts', () => {
  it('shows the accounts at home in the scope, by username, with total', async () => {
    const page = await list();
    expect(page.items.map((u) => u.username)).toEqual(['ann', 'bob', 'cat', 'dan', 'east-admin']);
    expect(page.total).toBe(5);
  });

  it('narrows to a unit’s subtree, and a unit outside the scope is missing', async () => {
    expect((await list({ unitId: branch.id })).items.map((u) => u.username)).toEqual(['ann', 'bob']);
    await expect(list({ unitId: west.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('searches names and display names for the literal text', async () => {
    expect((await list({ search: '100%' })).items.map((u) => u.username)).toEqual(['cat']);
    expect((await list({ search: 'east-ad' })).items.map((u) => u.username)).toEqual(['east-admin']);
    expect((await list({ search: 'admin' })).items.map((u) => u.displayName)).toEqual(['Admin']);
    expect((await list({ search: 'same' })).total).toBe(2);
  });

  it('orders by the chosen key and direction, ties broken by id in the same direction', async () => {
    const byName = await list({ sort: 'displayName', order: 'desc' });
    expect(byName.items.map((u) => u.username)).toEqual(['bob', 'ann', 'dan', 'cat', 'east-admin']);
    const ascending = await list({ sort: 'displayName', order: 'asc' });
    expect(ascending.items.map((u) => u.username)).toEqual(['east-admin', 'cat', 'dan', 'ann', 'bob']);
  });

  it('pages, and counts every match on every page', async () => {
    const second = await list({ page: 2, pageSize: 2 });
    expect(second.items.map((u) => u.username)).toEqual(['cat', 'dan']);
    expect(second.total).toBe(5);
  });

  it('tells which accounts are locked and how many grants lie outside the scope, never which', async () => {
    const rows = (await list({ unitId: branch.id })).items;
    expect(rows.map((r) => [r.username, r.locked, r.grants.map((g) => g.role), r.grantsOutsideScope])).toEqual([
      ['ann', false, ['member'], 0],
      ['bob', true, ['content_editor'], 1],
    ]);
  });
});

describe('a user row', () => {
  const user = {
    id: 1,
    username: 'u',
    displayName: 'U',
    unitId: 2,
    unit: { name: 'East' },
    disabledAt: new Date(0),
    lastSignInAt: new Date('2026-11-29T08:30:00Z'),
    grants: [{ id: 3, role: 'member', unitId: 2, unit: { name: 'East' } }],
  };

  it('counts no grants outside the scope without facts, and never fewer than none', () => {
    expect(toUserRow(user)).toEqual({
      id: 1,
      username: 'u',
      displayName: 'U',
      unitId: 2,
      unitName: 'East',
      disabled: true,
      locked: false,
      lastSignInAt: '2026-11-29T08:30:00.000Z',
      grants: [{ id: 3, role: 'member', unitId: 2, unitName: 'East' }],
      grantsOutsideScope: 0,
    });
    expect(toUserRow(user, { grantTotal: 0 }).grantsOutsideScope).toBe(0);
    expect(toUserRow({ ...user, disabledAt: null }, { locked: true })).toMatchObject({ disabled: false, locked: true });
  });
});

describe('editing an account', () => {
  it('renames and disables it, signs it out everywhere, and keeps the first disabled date', async () => {
    const user = await account('eve', 'Eve', branch, [['member', branch]]);
    const bystander = await account('eve-neighbour', 'Neighbour', branch);
    await raw.session.createMany({
      data: [
        { id: 'eve-1', userId: user.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) },
        { id: 'neighbour-1', userId: bystander.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) },
      ],
    });
    const row = await inTransaction((tx, scope) =>
      updateUser(tx, {
        scope,
        system: identityOnly(raw),
        actorId,
        input: { id: user.id, displayName: 'Eve B', disabled: true },
      }),
    );
    expect(row).toMatchObject({ displayName: 'Eve B', disabled: true });
    expect(await raw.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await raw.session.count({ where: { userId: bystander.id } })).toBe(1);
    const first = (await raw.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt;
    await inTransaction((tx, scope) =>
      updateUser(tx, {
        scope,
        system: identityOnly(raw),
        actorId,
        input: { id: user.id, displayName: 'Eve C', disabled: true },
      }),
    );
    expect((await raw.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toEqual(first);
    const entry = await raw.auditLog.findFirstOrThrow({ where: { entityId: String(user.id), action: 'user.update' } });
    expect(entry).toMatchObject({ actorId, unitId: branch.id, entity: 'User' });
    expect(JSON.parse(entry.before ?? '')).toMatchObject({ displayName: 'Eve', disabled: false });
    expect(JSON.parse(entry.after ?? '')).toMatchObject({ displayName: 'Eve B', disabled: true });
  });

  it('an edit that keeps the account enabled leaves its sessions alone', async () => {
    const user = await account('fay', 'Fay', branch);
    await raw.session.create({
      data: { id: 'fay-1', userId: user.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) },
    });
    await inTransaction((tx, scope) =>
      updateUser(tx, {
        scope,
        system: identityOnly(raw),
        actorId,
        input: { id: user.id, displayName: 'Fay B', disabled: false },
      }),
    );
    expect(await raw.session.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('resetting a password', () => {
  it('sets the new hash, requires a change, ends every session, lifts the lock and is recorded', async () => {
    const user = await account('gil', 'Gil', branch, [['member', branch]]);
    const other = await account('hal', 'Hal', branch);
    await raw.session.createMany({
      data: [
        { id: 'gil-1', userId: user.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) },
        { id: 'hal-1', userId: other.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) },
      ],
    });
    await raw.attemptCounter.createMany({
      data: ['user:gil', 'user:hal'].map((key) => ({ key, failures: 9, windowEndsAt: new Date(Date.now() + 60_000) })),
    });
    const passwordHash = await hashPassword('Reset#2026pass');
    await inTransaction((tx, scope) =>
      resetPassword(tx, { scope, system: identityOnly(raw), actorId, userId: user.id, passwordHash }),
    );
    const stored = await raw.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, 'Reset#2026pass')).toBe(true);
    expect(stored.mustChangePassword).toBe(true);
    expect(await raw.session.findMany({ where: { id: { in: ['gil-1', 'hal-1'] } } })).toEqual([
      expect.objectContaining({ id: 'hal-1' }),
    ]);
    expect(
      (await raw.attemptCounter.findMany({ where: { key: { in: ['user:gil', 'user:hal'] } } })).map((c) => c.key),
    ).toEqual(['user:hal']);
    expect(
      await raw.auditLog.findFirst({ where: { entityId: String(user.id), action: 'user.resetPassword' } }),
    ).toMatchObject({
      actorId,
      unitId: branch.id,
      entity: 'User',
      before: null,
      after: null,
    });
  });

  it('is refused for an account holding a grant beyond the scope, which is left as it was', async () => {
    const bob = await raw.user.findUniqueOrThrow({ where: { username: 'bob' } });
    await expect(
      inTransaction((tx, scope) =>
        resetPassword(tx, { scope, system: identityOnly(raw), actorId, userId: bob.id, passwordHash: 'new' }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'accountBeyondScope' });
    expect((await raw.user.findUniqueOrThrow({ where: { id: bob.id } })).passwordHash).toBe('x');
  });

  it('an account outside the scope is missing', async () => {
    const clerk = await raw.user.findUniqueOrThrow({ where: { username: 'west-clerk' } });
    await expect(
      inTransaction((tx, scope) =>
        resetPassword(tx, { scope, system: identityOnly(raw), actorId, userId: clerk.id, passwordHash: 'new' }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
