// Resolving a session on a real (SQLite) database: the grants it yields carry their unit's path and name,
// and a grant in an archived unit yields nothing.
import type { Db } from '@strata/db';
import { createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, resolveSession } from './session';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  db = database.db;
});
afterAll(() => database?.drop());

describe('a session read from the database', () => {
  it('gives the scope of the grants in active units, with their paths and names', async () => {
    const unit = (name: string, path: string, archived = false) =>
      db.unit.create({ data: { kind: 'unit', name, path, depth: 0, archivedAt: archived ? new Date() : null } });
    const east = await unit('East', '/e/');
    const closed = await unit('Closed', '/c/', true);
    const user = await db.user.create({
      data: { username: 'u', displayName: 'U', unitId: east.id, passwordHash: 'x' },
    });
    const active = await db.grant.create({ data: { userId: user.id, role: 'branch_secretary', unitId: east.id } });
    await db.grant.create({ data: { userId: user.id, role: 'township_admin', unitId: closed.id } });
    const { token } = await openSession(db, user.id, 60_000);
    const resolved = await resolveSession(db, token);
    expect(resolved?.scope.grants).toEqual([
      { id: active.id, role: 'branch_secretary', unitId: east.id, unitPath: '/e/', unitName: 'East' },
    ]);
    expect(resolved?.session.user).toEqual({
      id: user.id,
      username: 'u',
      displayName: 'U',
      locale: user.locale,
      mustChangePassword: false,
    });
  });
});
