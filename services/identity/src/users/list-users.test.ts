// The users list's filters: a role counts only where the reader can see it, status tells disabled from
// locked from active (disabled wins), and the last sign-in sorts with never-signed-in accounts last.
import { Scope, withScopeGuard } from '@strata/api';
import type { Unit } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from './list-users';
import { userFilter } from './user-schemas';

let database: TestDatabase;
let township: Unit;
let other: Unit;
const hour = 3_600_000;

async function account(username: string, unit: Unit, data: { disabledAt?: Date; lastSignInAt?: Date } = {}) {
  return database.db.user.create({
    data: { username, displayName: username, unitId: unit.id, passwordHash: 'x', ...data },
  });
}

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  const root = await addTestUnit(database.db, null, { kind: 'municipality', name: 'city' });
  township = await addTestUnit(database.db, root, { kind: 'township', name: 'east' });
  other = await addTestUnit(database.db, root, { kind: 'township', name: 'west' });
  const never = await account('never', township);
  const early = await account('early', township, { lastSignInAt: new Date('2026-01-01T00:00:00Z') });
  await account('late', township, { lastSignInAt: new Date('2026-06-01T00:00:00Z') });
  await account('gone', township, { disabledAt: new Date() });
  await account('stuck', township);
  await account('stranger', other);
  const until = new Date(Date.now() + hour);
  for (const key of ['user:stuck', 'user:gone', 'user:stranger'])
    await database.db.attemptCounter.create({ data: { key, failures: 5, windowEndsAt: until, lockedUntil: until } });
  await database.db.grant.create({ data: { userId: early.id, role: 'member', unitId: township.id } });
  // A role held only outside the reader's scope does not make the account match.
  await database.db.grant.create({ data: { userId: never.id, role: 'member', unitId: other.id } });
}, 60_000);
afterAll(() => database?.drop());

const list = (filter: Record<string, unknown>) => {
  const scope = new Scope([
    { id: 1, role: 'township_admin', unitId: township.id, unitPath: township.path, unitName: township.name },
  ]);
  const db = withScopeGuard(database.db, scope);
  const parsed = userFilter.parse({ page: 1, pageSize: 100, ...filter });
  return listUsers(db, { scope, filter: parsed });
};
const names = async (filter: Record<string, unknown>) => (await list(filter)).items.map((u) => u.username);

describe('the users list', () => {
  it('narrows to a role held where the reader can see it', async () => {
    expect(await names({ role: 'member' })).toEqual(['early']);
  });

  it('narrows by status: disabled wins over locked, active is neither', async () => {
    expect(await names({ status: 'disabled' })).toEqual(['gone']);
    expect(await names({ status: 'locked' })).toEqual(['stuck']);
    expect(await names({ status: 'active' })).toEqual(['early', 'late', 'never']);
  });

  it('sorts by the last sign-in, accounts that never signed in last both ways', async () => {
    const asc = await list({ sort: 'lastSignInAt', order: 'asc' });
    expect(asc.items.map((u) => u.username).slice(0, 2)).toEqual(['early', 'late']);
    expect(asc.items[0]?.lastSignInAt).toBe('2026-01-01T00:00:00.000Z');
    expect((await names({ sort: 'lastSignInAt', order: 'desc' })).slice(0, 2)).toEqual(['late', 'early']);
    expect(asc.items.slice(2).every((u) => u.lastSignInAt === null)).toBe(true);
  });
});
