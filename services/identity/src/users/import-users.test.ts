// Importing accounts is all or nothing: a file with any problem writes nothing and says which row and cell,
// and a failure while writing (a name taken in between) rolls back every account created before it.
import { runTransaction, Scope, type SystemOperations, withScopeGuard } from '@strata/api';
import type { Unit } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityOnly } from '../testing';
import type { ImportRow } from './import-schemas';
import { importUsers } from './import-users';

let database: TestDatabase;
let township: Unit;
let branch: Unit;
let actorId: number;
const password = 'Strong#password1';

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  const root = await addTestUnit(database.db, null, { kind: 'municipality', name: 'city' });
  township = await addTestUnit(database.db, root, { kind: 'township', name: 'east' });
  branch = await addTestUnit(database.db, township, { kind: 'branch', name: '第一支部' });
  await addTestUnit(database.db, township, { kind: 'branch', name: 'Twin' });
  const other = await addTestUnit(database.db, root, { kind: 'township', name: 'west' });
  await addTestUnit(database.db, other, { kind: 'branch', name: 'West branch' });
  await addTestUnit(database.db, branch, { kind: 'group', name: 'twin' });
  await addTestUnit(database.db, township, { kind: 'branch', name: 'Closed', archived: true });
  actorId = (
    await database.db.user.create({
      data: { username: 'east-admin', displayName: 'A', unitId: township.id, passwordHash: 'x' },
    })
  ).id;
  await database.db.user.create({ data: { username: 'taken', displayName: 'T', unitId: other.id, passwordHash: 'x' } });
}, 60_000);
afterAll(() => database?.drop());

/** Imports at the east township as its admin; `system` may be swapped to make the write fail midway. */
function run(rows: ImportRow[], system: SystemOperations = identityOnly(database.db)) {
  const scope = new Scope([
    { id: 1, role: 'township_admin', unitId: township.id, unitPath: township.path, unitName: township.name },
  ]);
  const db = withScopeGuard(database.db, scope);
  const passwordHashes = new Map(rows.map((r) => [r.password, `hash:${r.password}`]));
  return runTransaction(db, (tx) =>
    importUsers(tx, { scope, system, actorId, unitId: township.id, rows, passwordHashes }),
  );
}
const row = (username: string, unit = '第一支部', extra: Partial<ImportRow> = {}): ImportRow => ({
  username,
  displayName: `${username} 名`,
  unit,
  password,
  ...extra,
});
const counts = async () => ({ users: await database.db.user.count(), audit: await database.db.auditLog.count() });

describe('importing accounts', () => {
  it('opens every account of a good file, each to change its password, with one audit entry', async () => {
    const before = await counts();
    expect(await run([row('Imp-One'), row('imp-two', ' 第一支部 ')])).toEqual({ imported: 2, errors: [] });
    const stored = await database.db.user.findMany({ where: { username: { in: ['imp-one', 'imp-two'] } } });
    expect(stored.map((u) => [u.username, u.unitId, u.mustChangePassword, u.passwordHash])).toEqual([
      ['imp-one', branch.id, true, `hash:${password}`],
      ['imp-two', branch.id, true, `hash:${password}`],
    ]);
    expect(await counts()).toEqual({ users: before.users + 2, audit: before.audit + 1 });
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: 'user.import' } });
    expect(entry).toMatchObject({ actorId, unitId: township.id });
    expect(entry.after).not.toContain(password);
  });

  it('imports nothing from a file with a problem, and names each problem by row and cell', async () => {
    const before = await counts();
    const result = await run([
      row('good-one'),
      row('x'),
      row('TAKEN'),
      row('dup'),
      row('DUP', 'West branch'),
      row('twin-user', 'twin'),
      row('closed-user', 'Closed', { displayName: ' ', password: 'short' }),
    ]);
    expect(result).toEqual({
      imported: 0,
      errors: [
        { row: 2, field: 'username', problem: 'usernameInvalid' },
        { row: 3, field: 'username', problem: 'usernameTaken' },
        { row: 5, field: 'username', problem: 'usernameDuplicate' },
        // Another township's unit is not there for this caller, like a unit that does not exist.
        { row: 5, field: 'unit', problem: 'unitUnknown' },
        { row: 6, field: 'unit', problem: 'unitAmbiguous' },
        { row: 7, field: 'displayName', problem: 'displayNameInvalid' },
        { row: 7, field: 'unit', problem: 'unitUnknown' },
        { row: 7, field: 'password', problem: 'passwordWeak' },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(await database.db.user.count({ where: { username: 'good-one' } })).toBe(0);
  });

  it('rolls back every account already written when a later one fails', async () => {
    const before = await counts();
    // A name taken between the check and the write: the check is told it is free, the database refuses it.
    const real = identityOnly(database.db);
    const stale = { ...real, accounts: { ...real.accounts, takenUsernames: async () => new Set<string>() } };
    await expect(run([row('first-ok'), row('second-ok'), row('taken')], stale)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await database.db.user.count({ where: { username: { in: ['first-ok', 'second-ok'] } } })).toBe(0);
  });
});
