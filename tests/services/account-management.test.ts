// Who may manage an account: only a caller who covers EVERY grant it holds (unit and role), because an
// account's power comes from its grants, not from its home unit. Both outcomes are proven: the account
// inside the caller's reach is managed with the right result, the one reaching beyond is refused.
import { testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('managing accounts on %s', (provider) => {
  let env: TestEnv;
  let local: number;
  let straddler: number;
  let rooted: number;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const chengguan = env.seed.townships.chengguan!;
    const donghu = env.seed.townships.donghu!;
    const passwordHash = (await env.db.user.findUniqueOrThrow({ where: { username: 'editor' } })).passwordHash;
    const account = async (username: string, grants: { role: string; unitId: number }[]) => {
      const user = await env.db.user.create({
        data: { username, displayName: username, unitId: chengguan.branches[2]!.id, passwordHash },
      });
      for (const g of grants) await env.db.grant.create({ data: { userId: user.id, ...g } });
      return user.id;
    };
    local = await account('local-editor', [{ role: 'content_editor', unitId: chengguan.branches[2]!.id }]);
    // Home in 城关镇, but also township admin of 东湖街道: a 城关镇 admin must not take it over.
    straddler = await account('straddler', [
      { role: 'content_editor', unitId: chengguan.id },
      { role: 'township_admin', unitId: donghu.branches[3]!.id },
    ]);
    rooted = await account('rooted', [{ role: 'municipal_admin', unitId: env.seed.municipality.id }]);
  });
  afterAll(() => env?.drop());

  it('a township admin resets, renames and disables an account whose grants all lie in the township', async () => {
    const chengguan = await env.as('chengguan');
    await chengguan.identity.users.resetPassword({ id: local, newPassword: 'Local#2026reset' });
    const me = await (await env.anonymous()).identity.auth.login({
      username: 'local-editor',
      password: 'Local#2026reset',
    });
    expect(me.mustChangePassword).toBe(true);
    const row = await chengguan.identity.users.update({ id: local, displayName: '本地编辑', disabled: true });
    expect(row).toMatchObject({ displayName: '本地编辑', disabled: true });
    await chengguan.identity.users.update({ id: local, displayName: '本地编辑', disabled: false });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: local } })).disabledAt).toBeNull();
  });

  it('refuses to reset, rename or disable an account holding a grant in another township or at the root', async () => {
    const chengguan = await env.as('chengguan');
    for (const id of [straddler, rooted]) {
      const before = await env.db.user.findUniqueOrThrow({ where: { id } });
      await expect(chengguan.identity.users.resetPassword({ id, newPassword: 'Taken#2026over' })).rejects.toMatchObject(
        { code: 'FORBIDDEN' },
      );
      await expect(chengguan.identity.users.update({ id, displayName: 'x', disabled: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const after = await env.db.user.findUniqueOrThrow({ where: { id } });
      expect(after).toEqual(before);
    }
    await expect(
      (await env.anonymous()).identity.auth.login({ username: 'straddler', password: 'Taken#2026over' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('the municipal admin, who covers every grant, may reset the straddling account', async () => {
    const admin = await env.as('admin');
    await admin.identity.users.resetPassword({ id: straddler, newPassword: 'Admin#2026reset' });
    const me = await (await env.anonymous()).identity.auth.login({
      username: 'straddler',
      password: 'Admin#2026reset',
    });
    expect(me.grants).toHaveLength(2);
  });

  it('lists a grant outside the caller’s scope only as "a role outside your scope", without its unit', async () => {
    const chengguan = await env.as('chengguan');
    const page = await chengguan.identity.users.list({ search: 'straddler', page: 1, pageSize: 10 });
    const row = page.items.find((u) => u.id === straddler);
    expect(row?.grants.map((g) => g.role)).toEqual(['content_editor']);
    expect(row?.grantsOutsideScope).toBe(1);
    expect(JSON.stringify(page)).not.toContain('东湖街道');
    const admin = await env.as('admin');
    const full = await admin.identity.users.list({ search: 'straddler', page: 1, pageSize: 10 });
    expect(full.items[0]?.grants).toHaveLength(2);
    expect(full.items[0]?.grantsOutsideScope).toBe(0);
  });

  it('a second township admin does not see the account at all', async () => {
    const donghu = await env.as('donghu');
    await expect(donghu.identity.users.resetPassword({ id: local, newPassword: demoPassword })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
