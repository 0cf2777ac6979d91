// Opening an account needs the unit and every other account's name, so this runs against a real (SQLite)
// database, through the scope-guarded client a procedure gets, but without HTTP or tRPC.
import { runTransaction, Scope, withScopeGuard } from '@strata/api';
import type { Unit } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityOnly } from '../testing';
import { createUser, type NewAccount } from './create-user';

let database: TestDatabase;
let township: Unit;
let otherTownship: Unit;
let archivedBranch: Unit;
let actorId: number;

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  const root = await addTestUnit(database.db, null, { kind: 'municipality', name: 'city' });
  township = await addTestUnit(database.db, root, { kind: 'township', name: 'east' });
  otherTownship = await addTestUnit(database.db, root, { kind: 'township', name: 'west' });
  archivedBranch = await addTestUnit(database.db, township, { kind: 'branch', name: 'closed', archived: true });
  const actor = await database.db.user.create({
    data: { username: 'east-admin', displayName: 'Admin', unitId: township.id, passwordHash: 'x' },
  });
  actorId = actor.id;
  // An account of another township: its name is taken for everyone, though the caller cannot see it.
  await database.db.user.create({
    data: { username: 'west-clerk', displayName: 'Clerk', unitId: otherTownship.id, passwordHash: 'x' },
  });
});
afterAll(() => database?.drop());

/** Opens an account as a township admin of the east township would, in a transaction of its own. */
const open = (account: Partial<NewAccount>) => {
  const scope = new Scope([
    { id: 1, role: 'township_admin', unitId: township.id, unitPath: township.path, unitName: township.name },
  ]);
  const db = withScopeGuard(database.db, scope);
  const input = { username: 'new-member', displayName: 'New', unitId: township.id, passwordHash: 'hash', ...account };
  return runTransaction(db, (tx) =>
    createUser(tx, { scope, system: identityOnly(database.db), actorId, account: input }),
  );
};

describe('opening an account', () => {
  it('in an active unit of the caller’s scope, under a free name: it must change its password first', async () => {
    const entries = await database.db.auditLog.count();
    const row = await open({ username: 'east-editor', displayName: 'Editor' });
    expect(row).toMatchObject({ username: 'east-editor', displayName: 'Editor', unitId: township.id, disabled: false });
    const stored = await database.db.user.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ mustChangePassword: true, passwordHash: 'hash' });
    expect(await database.db.auditLog.count()).toBe(entries + 1);
  });

  it('records who opened which account where, with the row as it was answered', async () => {
    const row = await open({ username: 'east-reviewer', displayName: 'Reviewer' });
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { entityId: String(row.id) } });
    expect(entry).toMatchObject({ actorId, unitId: township.id, action: 'user.create', entity: 'User', before: null });
    expect(JSON.parse(entry.after ?? '')).toEqual(row);
  });

  it('is refused under a name taken anywhere, even in a unit the caller cannot see', async () => {
    await expect(open({ username: 'west-clerk' })).rejects.toEqual(
      expect.objectContaining({ code: 'CONFLICT', key: 'usernameTaken', field: 'username' }),
    );
  });

  it('is refused in an archived unit, and in a unit outside the caller’s scope (as missing)', async () => {
    await expect(open({ username: 'late', unitId: archivedBranch.id })).rejects.toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'unitArchived', field: 'unitId' }),
    );
    await expect(open({ username: 'elsewhere', unitId: otherTownship.id })).rejects.toEqual(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(await database.db.user.count({ where: { username: { in: ['late', 'elsewhere'] } } })).toBe(0);
  });
});
