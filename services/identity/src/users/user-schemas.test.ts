import { describe, expect, it } from 'vitest';
import { displayName, newPassword, newUser, userChanges, userFilter, username } from './user-schemas';

describe('account input', () => {
  it('a sign-in name is trimmed, lower-cased, 3 to 32 letters, digits, "_", "." or "-"', () => {
    expect(username.parse('  Chen.Li_2-x  ')).toBe('chen.li_2-x');
    expect(username.safeParse('ab').success).toBe(false);
    expect(username.safeParse('abc').success).toBe(true);
    expect(username.safeParse('a'.repeat(32)).success).toBe(true);
    expect(username.safeParse('a'.repeat(33)).success).toBe(false);
    for (const bad of ['chen li', 'chen@li', '陈力abc', 'abc!']) expect(username.safeParse(bad).success).toBe(false);
  });

  it('a display name is trimmed, 1 to 50 characters', () => {
    expect(displayName.parse('  陈力  ')).toBe('陈力');
    expect(displayName.safeParse('   ').success).toBe(false);
    expect(displayName.safeParse('x'.repeat(50)).success).toBe(true);
    expect(displayName.safeParse('x'.repeat(51)).success).toBe(false);
  });

  it('a new password must be strong, at most 200 characters, refused with its own key', () => {
    expect(newPassword.safeParse('Strong#2026pass').success).toBe(true);
    expect(newPassword.safeParse(`Aa1${'x'.repeat(197)}`).success).toBe(true);
    expect(newPassword.safeParse(`Aa1${'x'.repeat(198)}`).success).toBe(false);
    const weak = newPassword.safeParse('weak');
    expect(weak.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', params: { key: 'passwordTooWeak' } }),
    ]);
  });

  it('a list filter defaults to the first page by username ascending, and takes only known keys', () => {
    expect(userFilter.parse({})).toEqual({ page: 1, pageSize: 20, sort: 'username', order: 'asc' });
    expect(userFilter.parse({ search: '  chen ', sort: 'createdAt', order: 'desc' })).toMatchObject({
      search: 'chen',
      sort: 'createdAt',
      order: 'desc',
    });
    expect(userFilter.safeParse({ search: 'x'.repeat(51) }).success).toBe(false);
    expect(userFilter.safeParse({ sort: 'passwordHash' }).success).toBe(false);
    for (const sort of ['username', 'displayName', 'createdAt']) expect(userFilter.parse({ sort }).sort).toBe(sort);
  });

  it('new accounts and changes are strict objects', () => {
    const account = { username: 'chen', displayName: 'Chen', unitId: 3, password: 'Strong#2026pass' };
    expect(newUser.parse(account)).toEqual(account);
    expect(newUser.safeParse({ ...account, role: 'admin' }).success).toBe(false);
    expect(userChanges.parse({ id: 1, displayName: ' x ', disabled: true })).toEqual({
      id: 1,
      displayName: 'x',
      disabled: true,
    });
    expect(userChanges.safeParse({ id: 1, displayName: 'x', disabled: false, unitId: 2 }).success).toBe(false);
  });
});
