// The caller's own account on a real (SQLite) database: signing out, changing one's password, choosing a
// language. Each changes only the session's own user, and leaves an audit entry saying so.
import { RoleCatalog, Scope } from '@strata/api';
import { type Db, hashPassword, verifyPassword } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meOutput, toMe } from './me';
import { changeOwnPassword, setOwnLocale, signOut } from './own-account';

let database: TestDatabase;
let db: Db;
let unitId: number;
let passwordHash: string;
const password = 'Right#2026pass';

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  db = database.db;
  unitId = (await addTestUnit(db, null, { kind: 'municipality', name: 'city' })).id;
  passwordHash = await hashPassword(password);
});
afterAll(() => database?.drop());

let n = 0;
/** An account with three sessions ("<name>-a", "-b", "-c") and a bystander account with one. */
async function accountWithSessions() {
  n += 1;
  const make = (username: string) =>
    db.user.create({
      data: {
        username,
        displayName: username,
        unitId,
        passwordHash,
        mustChangePassword: true,
        locale: 'zh-CN',
        passwordChangedAt: new Date(0),
      },
    });
  const user = await make(`own-${n}`);
  const other = await make(`other-${n}`);
  const expiresAt = new Date(Date.now() + 3_600_000);
  await db.session.createMany({
    data: [
      ...['a', 'b', 'c'].map((s) => ({ id: `${user.username}-${s}`, userId: user.id, csrfToken: 'c', expiresAt })),
      { id: `${other.username}-a`, userId: other.id, csrfToken: 'c', expiresAt },
    ],
  });
  return { user, other, own: { userId: user.id, sessionId: `${user.username}-a` } };
}
const sessionIds = async () => (await db.session.findMany({ orderBy: { id: 'asc' } })).map((s) => s.id);
const entries = (userId: number) =>
  db.auditLog.findMany({ where: { entity: 'User', entityId: String(userId) }, orderBy: { id: 'asc' } });

describe('one’s own account', () => {
  it('signing out ends this session only, and is recorded', async () => {
    const { user, other, own } = await accountWithSessions();
    await signOut(db, own);
    const left = await sessionIds();
    expect(left).not.toContain(`${user.username}-a`);
    expect(left).toEqual(expect.arrayContaining([`${user.username}-b`, `${user.username}-c`, `${other.username}-a`]));
    expect(await entries(user.id)).toEqual([
      expect.objectContaining({ actorId: user.id, unitId, action: 'auth.logout', entityId: String(user.id) }),
    ]);
  });

  it('a new password equal to the current one is refused and changes nothing', async () => {
    const { user, own } = await accountWithSessions();
    await expect(changeOwnPassword(db, own, password, password)).rejects.toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'passwordUnchanged', field: 'newPassword' }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true });
    expect(await entries(user.id)).toEqual([]);
  });

  it('a password change needs the current password; a wrong one changes nothing', async () => {
    const { user, own } = await accountWithSessions();
    await expect(changeOwnPassword(db, own, 'wrong', 'New#2026password')).rejects.toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'wrongCurrentPassword', field: 'currentPassword' }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: new Date(0),
    });
    expect(await sessionIds()).toContain(`${user.username}-b`);
    expect(await entries(user.id)).toEqual([]);
  });

  it('a password change sets the new one, ends every other session of the account, and is recorded', async () => {
    const { user, other, own } = await accountWithSessions();
    await changeOwnPassword(db, own, password, 'New#2026password');
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, 'New#2026password')).toBe(true);
    expect(stored.mustChangePassword).toBe(false);
    expect(stored.passwordChangedAt.getTime()).toBeGreaterThan(0);
    const left = await sessionIds();
    expect(left).toContain(`${user.username}-a`);
    expect(left).not.toContain(`${user.username}-b`);
    expect(left).not.toContain(`${user.username}-c`);
    expect(left).toContain(`${other.username}-a`);
    expect(await entries(user.id)).toEqual([
      expect.objectContaining({ actorId: user.id, unitId, action: 'auth.changePassword', before: null, after: null }),
    ]);
  });

  it('choosing a language changes it and records before and after', async () => {
    const { user, other, own } = await accountWithSessions();
    await setOwnLocale(db, own, 'en-US');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe('en-US');
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).locale).toBe('zh-CN');
    expect(await entries(user.id)).toEqual([
      expect.objectContaining({
        actorId: user.id,
        unitId,
        action: 'user.setLocale',
        entityId: String(user.id),
        before: '{"locale":"zh-CN"}',
        after: '{"locale":"en-US"}',
      }),
    ]);
  });
});

describe('what a signed-in user is told about themselves', () => {
  it('their account, their grants (named, without paths), their permissions and what the shared rule needs', () => {
    // The core's catalog, whatever teams another test file composed into this worker.
    const scope = new Scope(
      [{ id: 4, role: 'branch_secretary', unitId: 7, unitPath: '/1/7/', unitName: 'East' }],
      new RoleCatalog(),
    );
    const user = { id: 3, username: 'u', displayName: 'U', locale: 'en-US', mustChangePassword: false };
    expect(toMe(user, scope)).toEqual({
      ...user,
      grants: [{ id: 4, role: 'branch_secretary', unitId: 7, unitName: 'East' }],
      permissions: ['unit.read', 'user.read', 'audit.read'],
      access: {
        grants: [{ role: 'branch_secretary', unitPath: '/1/7/' }],
        roles: expect.objectContaining({ branch_secretary: ['unit.read', 'user.read', 'audit.read'] }),
        rootOnlyRoles: ['municipal_admin'],
      },
    });
    // The answer's schema keeps every part of it.
    expect(meOutput.parse(toMe(user, scope))).toEqual(toMe(user, scope));
  });
});
