// What a manager may not do to themselves, what repeating a grant does, and who removes a grant: the rules
// around one's own account and grants, each with both outcomes.
import { testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { addAccount, addUnit } from '../support/factories';

describe.each(await testProviders())('own account and grants on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const auditCount = (action: string, entityId?: number) =>
    env.db.auditLog.count({ where: { action, ...(entityId ? { entityId: String(entityId) } : {}) } });

  it('nobody disables their own account; another manager may', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const self = await addAccount(env, {
      unitId: chengguan.id,
      grants: [{ role: 'township_admin', unitId: chengguan.id }],
    });
    const caller = await env.as(self.username);
    await expect(
      caller.identity.users.update({ id: self.id, displayName: self.displayName, disabled: true }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', key: 'cannotDisableSelf', field: 'disabled' });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: self.id } })).disabledAt).toBeNull();
    // Renaming oneself stays allowed.
    await expect(
      caller.identity.users.update({ id: self.id, displayName: '新名字', disabled: false }),
    ).resolves.toMatchObject({ displayName: '新名字', disabled: false });
    const admin = await env.as('chengguan');
    await expect(
      admin.identity.users.update({ id: self.id, displayName: '新名字', disabled: true }),
    ).resolves.toMatchObject({ disabled: true });
  });

  it('nobody archives the unit of their own last managing grant; with another one left, they may', async () => {
    const branch = env.seed.townships.chengguan!.branches[6]!;
    const leaf = await addUnit(env, branch);
    const self = await addAccount(env, { unitId: leaf.id, grants: [{ role: 'township_admin', unitId: leaf.id }] });
    const caller = await env.as(self.username);
    await expect(caller.identity.units.archive({ id: leaf.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      key: 'lastGrantUnit',
    });
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: leaf.id } })).archivedAt).toBeNull();
    // With a managing grant elsewhere, archiving this unit leaves them able to work.
    const other = await addUnit(env, branch);
    await env.db.grant.create({ data: { userId: self.id, role: 'township_admin', unitId: other.id } });
    await expect(caller.identity.units.archive({ id: leaf.id })).resolves.toMatchObject({ id: leaf.id });
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: leaf.id } })).archivedAt).not.toBeNull();
  });

  it('adding a grant the account holds already answers the same and writes no second audit entry', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const user = await addAccount(env, { unitId: chengguan.branches[1]!.id });
    const admin = await env.as('chengguan');
    const input = { userId: user.id, role: 'member', unitId: chengguan.branches[1]!.id };
    const first = await admin.identity.grants.add(input);
    const before = await auditCount('grant.add', first.id);
    expect(before).toBe(1);
    await expect(admin.identity.grants.add(input)).resolves.toEqual(first);
    expect(await auditCount('grant.add', first.id)).toBe(1);
    expect(await env.db.grant.count({ where: { userId: user.id } })).toBe(1);
  });

  it('a manager removes a grant at their unit from an account at home elsewhere, but cannot add one to it', async () => {
    // Power inside a subtree is its manager's to revoke, whoever holds it; handing out a role needs the
    // account in sight (its home in scope), as the console picks accounts from the caller's user list.
    const chengguan = env.seed.townships.chengguan!;
    const donghu = env.seed.townships.donghu!;
    const visitor = await addAccount(env, {
      unitId: donghu.branches[4]!.id,
      grants: [{ role: 'content_editor', unitId: chengguan.branches[4]!.id }],
    });
    const admin = await env.as('chengguan');
    await expect(
      admin.identity.grants.add({ userId: visitor.id, role: 'member', unitId: chengguan.branches[4]!.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin.identity.grants.remove({ id: visitor.grantIds[0]! })).resolves.toBeDefined();
    expect(await env.db.grant.count({ where: { userId: visitor.id } })).toBe(0);
  });

  it('a disabled account signing in with its right password is refused, and the attempt is audited', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const user = await addAccount(env, { unitId: chengguan.branches[0]!.id });
    await env.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const before = await env.db.auditLog.count({ where: { entityId: String(user.id), entity: 'User' } });
    await expect(
      (await env.anonymous({ ip: '10.9.0.1' })).identity.auth.login({
        username: user.username,
        password: demoPassword,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const entries = await env.db.auditLog.findMany({
      where: { entityId: String(user.id), entity: 'User' },
      orderBy: { id: 'asc' },
    });
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({ action: 'auth.loginDisabled', actorId: user.id, unitId: user.unitId });
  });

  it('a new password must differ from the current one', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const user = await addAccount(env, { unitId: chengguan.branches[0]!.id });
    const caller = await env.as(user.username);
    await expect(
      caller.identity.auth.changePassword({ currentPassword: demoPassword, newPassword: demoPassword }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', key: 'passwordUnchanged', field: 'newPassword' });
    await expect(
      caller.identity.auth.changePassword({ currentPassword: demoPassword, newPassword: 'Another#2026pw' }),
    ).resolves.toEqual({ ok: true });
  });
});
