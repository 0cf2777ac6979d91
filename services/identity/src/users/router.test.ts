// The account, grant and audit procedures end to end on a real (SQLite) database, called as a signed-in
// township admin would call them (a real context: session, scope, guarded client), without HTTP.
import { type Context, createCallerFactory, createContextInner, openSession } from '@strata/api';
import { type Db, type Unit, verifyPassword } from '@strata/db';
import { addTestAccount, addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRouter } from '../audit/router';
import { grantsRouter } from '../grants/router';
import { identityOnly } from '../testing';
import { usersRouter } from './router';

let database: TestDatabase;
let db: Db;
let east: Unit;
let west: Unit;
let adminId: number;
let readerId: number;

const account = async (username: string, home: Unit, grants: [string, Unit][]) =>
  (await addTestAccount(db, { username, home, grants })).id;

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  db = database.db;
  const root = await addTestUnit(db, null, { name: 'city' });
  east = await addTestUnit(db, root, { name: 'east' });
  west = await addTestUnit(db, root, { name: 'west' });
  adminId = await account('east-admin', east, [['township_admin', east]]);
  readerId = await account('east-secretary', east, [['branch_secretary', east]]);
});
afterAll(() => database?.drop());

/** A caller of the given routers, signed in as the user, as one HTTP request would be. */
async function as(userId: number) {
  const session = await openSession(db, userId, 60_000);
  const ctx = (await createContextInner({
    db,
    system: identityOnly(db),
    sessionToken: session.token,
    csrfHeader: session.csrfToken,
  })) as Context;
  return {
    users: createCallerFactory(usersRouter)(ctx),
    grants: createCallerFactory(grantsRouter)(ctx),
    audit: createCallerFactory(auditRouter)(ctx),
  };
}

describe('account procedures', () => {
  it('create opens an account with the hashed password, which must be changed, and list shows it', async () => {
    const admin = await as(adminId);
    const row = await admin.users.create({
      username: 'New.Member',
      displayName: 'New',
      unitId: east.id,
      password: 'First#2026pass',
    });
    expect(row).toMatchObject({ username: 'new.member', unitId: east.id, unitName: 'east', disabled: false });
    const stored = await db.user.findUniqueOrThrow({ where: { id: row.id } });
    expect(await verifyPassword(stored.passwordHash, 'First#2026pass')).toBe(true);
    expect(stored.mustChangePassword).toBe(true);
    const page = await admin.users.list({ search: 'new.member' });
    expect(page).toEqual({ items: [row], total: 1, totalIsBound: false });
  });

  it('update renames and disables, resetPassword sets a new password, both answered', async () => {
    const admin = await as(adminId);
    const id = await account('to-edit', east, []);
    expect(await admin.users.update({ id, displayName: 'Edited', disabled: true })).toMatchObject({
      id,
      displayName: 'Edited',
      disabled: true,
    });
    expect(await admin.users.resetPassword({ id, newPassword: 'Reset#2026pass' })).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(stored.passwordHash, 'Reset#2026pass')).toBe(true);
    expect(
      await db.auditLog.findMany({ where: { entityId: String(id) }, select: { action: true, actorId: true } }),
    ).toEqual([
      { action: 'user.update', actorId: adminId },
      { action: 'user.resetPassword', actorId: adminId },
    ]);
  });

  it('reading accounts needs user.read; managing them needs user.manage', async () => {
    const secretary = await as(readerId);
    await expect(secretary.users.list({})).resolves.toMatchObject({ total: expect.any(Number) });
    const id = await account('untouched', east, []);
    await expect(secretary.users.update({ id, displayName: 'x', disabled: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(secretary.users.resetPassword({ id, newPassword: 'Reset#2026pass' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      secretary.users.create({ username: 'nope', displayName: 'x', unitId: east.id, password: 'First#2026pass' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(usersRouter._def.procedures.list._def.meta).toEqual({ permission: 'user.read' });
    for (const name of ['create', 'update', 'resetPassword'] as const)
      expect(usersRouter._def.procedures[name]._def.meta).toEqual({ permission: 'user.manage' });
  });
});

describe('grant procedures', () => {
  it('roles lists every role with its permissions', async () => {
    const roles = await (await as(readerId)).grants.roles();
    // The core's part of the role; teams composed into the same process (another test file may have loaded
    // the gateway's registrations) only add to it.
    expect(roles.find((r) => r.role === 'branch_secretary')?.permissions).toEqual(
      expect.arrayContaining(['unit.read', 'user.read', 'audit.read']),
    );
    expect(roles.find((r) => r.role === 'branch_secretary')?.permissions).not.toContain('user.manage');
    expect(roles.map((r) => r.role)).toContain('municipal_admin');
  });

  it('add gives a role and remove takes it away, each answered; both need user.manage', async () => {
    const admin = await as(adminId);
    const id = await account('grantee', east, []);
    const grant = await admin.grants.add({ userId: id, role: 'branch_secretary', unitId: east.id });
    expect(grant).toEqual({ id: expect.any(Number), role: 'branch_secretary', unitId: east.id, unitName: 'east' });
    const secretary = await as(readerId);
    await expect(secretary.grants.remove({ id: grant.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(secretary.grants.add({ userId: id, role: 'member', unitId: east.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await admin.grants.remove({ id: grant.id })).toEqual({ ok: true });
    expect(await db.grant.count({ where: { userId: id } })).toBe(0);
    await expect(admin.grants.add({ userId: id, role: 'emperor', unitId: east.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(admin.grants.add({ userId: id, role: 'member', unitId: west.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('audit procedure', () => {
  it('lists the scope’s entries, newest first, for a holder of audit.read only', async () => {
    const admin = await as(adminId);
    const id = await account('audited', east, []);
    await admin.users.update({ id, displayName: 'first', disabled: false });
    await admin.users.update({ id, displayName: 'second', disabled: false });
    const page = await (await as(readerId)).audit.list({ pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(page.items[0]!.after ?? '')).toMatchObject({ displayName: 'second' });
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    expect(page.items[0]).toEqual({
      id: expect.any(Number),
      at: expect.any(String),
      actorName: 'east-admin',
      unitId: east.id,
      unitName: 'east',
      action: 'user.update',
      entity: 'User',
      entityId: String(id),
      // The account's name as it was after this change, visible to a reader of its unit.
      entityLabel: 'second',
      labelWithheld: false,
      before: expect.any(String),
      after: expect.any(String),
      // In-process calls carry no request: no address, no user agent.
      clientAddress: null,
      userAgent: null,
    });
    const member = await account('plain-member', east, [['member', east]]);
    await expect((await as(member)).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
