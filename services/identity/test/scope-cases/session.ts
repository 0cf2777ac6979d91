// Scope cases of the session procedures: they act on the caller's own account only. Allowed: the own
// account changes as asked. Refused: nobody else's account or session is touched, and another account
// cannot be entered without its password (answered exactly like an unknown name).
import { demoPassword } from '@strata/gateway';
import { expect } from 'vitest';
import { expectHidden, permissionsHeld, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

let ip = 0;
/** An anonymous caller from an address of its own, so no case runs into the per-address sign-in limit. */
const anonymous = (t: ScopeTest) => {
  ip += 1;
  return t.env.anonymous({ ip: `10.77.${Math.floor(ip / 250)}.${(ip % 250) + 1}` });
};
const donghuUser = (t: ScopeTest) => t.env.db.user.findUniqueOrThrow({ where: { username: 'donghu' } });
const sessionsOf = (t: ScopeTest, userId: number) => t.env.db.session.count({ where: { userId } });

const expectOwnAccount = (t: ScopeTest, me: { id: number; grants: { role: string; unitId: number }[] } | null) => {
  expect(me?.id).toBe(t.user.id);
  expect(me?.grants.map((g) => `${g.role}@${g.unitId}`).sort()).toEqual(
    t.grants.map((g) => `${g.role}@${g.unit.id}`).sort(),
  );
};

export const scopeCases: Record<string, ScopeCase> = {
  'identity.auth.me': async (t) => {
    const me = await t.a.identity.auth.me();
    expectOwnAccount(t, me);
    expect(new Set(me?.permissions)).toEqual(permissionsHeld(t));
    expect(me?.grants.some((g) => g.unitId === t.foreign.township.id)).toBe(false);
    expect(await (await anonymous(t)).identity.auth.me()).toBeNull();
  },

  'identity.auth.login': async (t) => {
    const sessions = await sessionsOf(t, t.user.id);
    const me = await (await anonymous(t)).identity.auth.login({ username: t.user.username, password: demoPassword });
    expectOwnAccount(t, me);
    expect(await sessionsOf(t, t.user.id)).toBe(sessions + 1);
    // Another township's account without its password: answered like a name that does not exist.
    const foreign = await donghuUser(t);
    const foreignSessions = await sessionsOf(t, foreign.id);
    await expectHidden(
      (await anonymous(t)).identity.auth.login({ username: 'donghu', password: 'wrong-password-1' }),
      (await anonymous(t)).identity.auth.login({ username: 'no-such-account', password: 'wrong-password-1' }),
      ['UNAUTHORIZED'],
    );
    expect(await sessionsOf(t, foreign.id)).toBe(foreignSessions);
  },

  'identity.auth.logout': async (t) => {
    const second = await t.env.as(t.user.username);
    const foreign = await t.env.as('donghu');
    const sessions = await sessionsOf(t, t.user.id);
    expect(await t.a.identity.auth.logout()).toEqual({ ok: true });
    expect(await t.a.identity.auth.me()).toBeNull();
    expect(await sessionsOf(t, t.user.id)).toBe(sessions - 1);
    // Only this session ends: the caller's other session and another account's stay.
    expectOwnAccount(t, await second.identity.auth.me());
    expect((await foreign.identity.auth.me())?.username).toBe('donghu');
  },

  'identity.auth.changePassword': async (t) => {
    const before = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
    const foreignBefore = await donghuUser(t);
    const second = await t.env.as(t.user.username);
    await expect(
      t.a.identity.auth.changePassword({ currentPassword: 'not-the-password-1', newPassword: 'Another#2026pw' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } })).passwordHash).toBe(
      before.passwordHash,
    );
    await t.a.identity.auth.changePassword({ currentPassword: demoPassword, newPassword: 'Another#2026pw' });
    expect((await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } })).passwordHash).not.toBe(
      before.passwordHash,
    );
    const me = await (await anonymous(t)).identity.auth.login({
      username: t.user.username,
      password: 'Another#2026pw',
    });
    expect(me.id).toBe(t.user.id);
    expect(await t.a.identity.auth.me()).not.toBeNull();
    expect(await second.identity.auth.me()).toBeNull();
    // Nobody else's password changed.
    expect(await donghuUser(t)).toEqual(foreignBefore);
    await t.env.db.user.update({ where: { id: t.user.id }, data: { passwordHash: before.passwordHash } });
  },

  'identity.auth.setLocale': async (t) => {
    const foreignBefore = await donghuUser(t);
    expect(await t.a.identity.auth.setLocale({ locale: 'en-US' })).toEqual({ ok: true });
    expect((await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } })).locale).toBe('en-US');
    expect(await donghuUser(t)).toEqual(foreignBefore);
    await t.env.db.user.update({ where: { id: t.user.id }, data: { locale: 'zh-CN' } });
  },
};
