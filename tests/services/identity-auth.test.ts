import { hashToken } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('sign-in and sessions on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  it('signs in with the demo password and reports grants and permissions', async () => {
    const me = await (await env.anonymous()).identity.auth.login({ username: 'chengguan', password: 'Strata#2026' });
    expect(me.grants).toEqual([expect.objectContaining({ role: 'township_admin', unitName: '城关镇' })]);
    expect(me.permissions).toContain('content.write');
  });

  it('refuses a mutation without the CSRF header, and a signed-in mutation with the wrong token', async () => {
    const anon = await env.callerWithToken(undefined);
    await expect(anon.identity.auth.login({ username: 'admin', password: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const session = await env.db.session.create({
      data: {
        id: hashToken('tok-1'),
        userId: env.seed.users.admin!,
        csrfToken: 'right',
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const wrong = await env.callerWithToken('tok-1', 'wrong');
    await expect(wrong.identity.auth.setLocale({ locale: 'en-US' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(session.id).toBe(hashToken('tok-1'));
  });

  it('locks the account after repeated wrong passwords, with a message saying so', async () => {
    const anon = await env.anonymous();
    for (let i = 0; i < 4; i++)
      await expect(anon.identity.auth.login({ username: 'editor', password: 'wrong' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: '用户名或密码错误',
      });
    await expect(anon.identity.auth.login({ username: 'editor', password: 'wrong' })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('锁定'),
    });
    // Even the right password is refused while locked.
    const en = await env.anonymous({ locale: 'en-US' });
    await expect(en.identity.auth.login({ username: 'editor', password: 'Strata#2026' })).rejects.toMatchObject({
      message: expect.stringContaining('locked'),
    });
    expect(await env.db.auditLog.count({ where: { action: 'auth.lockout' } })).toBe(1);
  });

  it('expired sessions are not sessions', async () => {
    await env.db.session.create({
      data: {
        id: hashToken('old'),
        userId: env.seed.users.admin!,
        csrfToken: 'c',
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    expect(await (await env.callerWithToken('old', 'c')).identity.auth.me()).toBeNull();
    await (await env.anonymous()).identity.auth.login({ username: 'admin', password: 'Strata#2026' });
    expect(await env.db.session.count({ where: { id: hashToken('old') } })).toBe(0);
  });

  it('a password change revokes the other sessions of that account and keeps this one', async () => {
    const one = await env.as('reviewer');
    const two = await env.as('reviewer');
    await expect(
      one.identity.auth.changePassword({ currentPassword: 'nope', newPassword: 'Changed#2026x' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await one.identity.auth.changePassword({ currentPassword: 'Strata#2026', newPassword: 'Changed#2026x' });
    expect(await one.identity.auth.me()).not.toBeNull();
    expect(await two.identity.auth.me()).toBeNull();
  });

  it('an admin reset revokes every session and requires a new password at next sign-in', async () => {
    const victim = await env.as('dues');
    const admin = await env.as('chengguan');
    await admin.identity.users.resetPassword({ id: env.seed.users.dues!, newPassword: 'Reset#2026abc' });
    expect(await victim.identity.auth.me()).toBeNull();
    const me = await (await env.anonymous()).identity.auth.login({ username: 'dues', password: 'Reset#2026abc' });
    expect(me.mustChangePassword).toBe(true);
  });
});
