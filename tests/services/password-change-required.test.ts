// A session opened with a password an admin set may only change that password (or sign out) until it does:
// the rule is the server's, not the shell's.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('a required password change on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 1 });
  });
  afterAll(() => env?.drop());

  it('allows only me, change password and sign out until the password is changed, then everything', async () => {
    const admin = await env.as('chengguan');
    await admin.identity.users.resetPassword({ id: env.seed.users.editor!, newPassword: 'Reset#2026abc' });
    const anon = await env.anonymous();
    const me = await anon.identity.auth.login({ username: 'editor', password: 'Reset#2026abc' });
    expect(me.mustChangePassword).toBe(true);
    const editor = await env.as('editor');
    const list = { page: 1, pageSize: 5, sort: 'updatedAt', order: 'desc' } as const;
    await expect(editor.content.articles.list(list)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(editor.identity.units.tree()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(editor.identity.auth.setLocale({ locale: 'en-US' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await editor.identity.auth.me())?.mustChangePassword).toBe(true);
    await editor.identity.auth.changePassword({ currentPassword: 'Reset#2026abc', newPassword: 'Mine#2026abcd' });
    expect((await editor.identity.auth.me())?.mustChangePassword).toBe(false);
    expect((await editor.content.articles.list(list)).total).toBeGreaterThan(0);
  });

  it('lets such a session sign out', async () => {
    const admin = await env.as('chengguan');
    await admin.identity.users.resetPassword({ id: env.seed.users.reviewer!, newPassword: 'Reset#2026abc' });
    const reviewer = await env.as('reviewer');
    await expect(reviewer.identity.auth.logout()).resolves.toEqual({ ok: true });
    expect(await reviewer.identity.auth.me()).toBeNull();
  });
});
