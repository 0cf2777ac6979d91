// The auth procedures' own work, with the system operations stood in for: what each hands to them (always
// the session's own account), what it does to the cookies, and what it answers.
import { type Context, createCallerFactory, Scope } from '@strata/api';
import { describe, expect, it } from 'vitest';
import { authRouter } from './router';

const scope = new Scope([{ id: 4, role: 'trainer', unitId: 7, unitPath: '/1/7/', unitName: 'East' }]);
const user = { id: 3, username: 'u', displayName: 'U', locale: 'en-US', mustChangePassword: false };
const session = { id: 'session-id', csrfToken: 'csrf', expiresAt: new Date(0), user };
const me = {
  ...user,
  grants: [{ id: 4, role: 'trainer', unitId: 7, unitName: 'East' }],
  permissions: scope.permissions(),
  access: { grants: [{ role: 'trainer', unitPath: '/1/7/' }], ...scope.roles.table },
};

function setup(opts: { signedIn?: boolean; resolves?: boolean } = {}) {
  const calls: unknown[][] = [];
  const record =
    (name: string, answer?: unknown) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return answer;
    };
  const opened = { token: 'token', csrfToken: 'new-csrf', expiresAt: new Date(1) };
  const ctx = {
    session: opts.signedIn ? session : null,
    scope: opts.signedIn ? scope : Scope.empty,
    csrfHeader: opts.signedIn ? 'csrf' : 'anonymous',
    ip: '10.0.0.9',
    t: (key: string) => key,
    config: { sessionTtlMs: 1234, exposeErrorStacks: false },
    cookies: {
      setSession: (...args: unknown[]) => calls.push(['setSession', ...args]),
      clearSession: () => calls.push(['clearSession']),
    },
    system: {
      accounts: {
        signIn: record('signIn', 3),
        openSession: record('openSession', opened),
        resolveSession: record('resolveSession', opts.resolves === false ? null : { session, scope }),
        signOut: record('signOut'),
        changePassword: record('changePassword'),
        setLocale: record('setLocale'),
      },
    },
  };
  const caller = createCallerFactory(authRouter)(ctx as unknown as Context);
  return { caller, calls, ctx };
}

describe('the auth procedures', () => {
  it('me: the signed-in user with grants and permissions, or nothing', async () => {
    expect(await setup({ signedIn: true }).caller.me()).toEqual(me);
    expect(await setup().caller.me()).toBeNull();
  });

  it('login: signs in from the caller’s address, opens a session for its lifetime, sets the cookies, answers me', async () => {
    const { caller, calls, ctx } = setup();
    expect(await caller.login({ username: '  u  ', password: 'pw' })).toEqual(me);
    expect(calls).toEqual([
      ['signIn', ctx.config, { username: 'u', password: 'pw', ip: '10.0.0.9' }],
      ['openSession', 3, 1234],
      ['setSession', 'token', 'new-csrf', new Date(1)],
      ['resolveSession', 'token'],
    ]);
  });

  it('login: a session that cannot be read back is a failure, not a sign-in', async () => {
    await expect(setup({ resolves: false }).caller.login({ username: 'u', password: 'pw' })).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      key: 'internal',
    });
  });

  it('login: refuses empty or overlong names and passwords before anything runs', async () => {
    const { caller, calls } = setup();
    for (const input of [
      { username: '   ', password: 'pw' },
      { username: 'x'.repeat(65), password: 'pw' },
      { username: 'u', password: '' },
      { username: 'u', password: 'x'.repeat(201) },
    ])
      await expect(caller.login(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(calls).toEqual([]);
    await caller.login({ username: 'x'.repeat(64), password: 'x'.repeat(200) });
    expect(calls[0]).toEqual(['signIn', expect.anything(), expect.objectContaining({ username: 'x'.repeat(64) })]);
  });

  it('logout, password change and language work on the session’s own account, and answer ok', async () => {
    const { caller, calls } = setup({ signedIn: true });
    const own = { userId: 3, sessionId: 'session-id' };
    expect(await caller.logout()).toEqual({ ok: true });
    expect(await caller.changePassword({ currentPassword: 'old', newPassword: 'New#2026pass' })).toEqual({ ok: true });
    expect(await caller.setLocale({ locale: 'en-US' })).toEqual({ ok: true });
    expect(calls).toEqual([
      ['signOut', own],
      ['clearSession'],
      ['changePassword', own, 'old', 'New#2026pass'],
      ['setLocale', own, 'en-US'],
    ]);
  });

  it('a password change needs a current password of at most 200 characters; a language must be one we have', async () => {
    const { caller, calls } = setup({ signedIn: true });
    await expect(caller.changePassword({ currentPassword: '', newPassword: 'New#2026pass' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller.changePassword({ currentPassword: 'x'.repeat(201), newPassword: 'New#2026pass' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.setLocale({ locale: 'fr-FR' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(calls).toEqual([]);
    await caller.changePassword({ currentPassword: 'x'.repeat(200), newPassword: 'New#2026pass' });
    expect(calls).toHaveLength(1);
  });

  it('before a password change, a session may read itself, sign out and change it, but not set its language', async () => {
    const { caller, ctx } = setup({ signedIn: true });
    ctx.session = { ...session, user: { ...user, mustChangePassword: true } };
    await expect(caller.me()).resolves.toMatchObject({ mustChangePassword: true });
    await expect(caller.logout()).resolves.toEqual({ ok: true });
    await expect(caller.changePassword({ currentPassword: 'old', newPassword: 'New#2026pass' })).resolves.toEqual({
      ok: true,
    });
    await expect(caller.setLocale({ locale: 'en-US' })).rejects.toMatchObject({ key: 'passwordChangeRequired' });
  });
});
