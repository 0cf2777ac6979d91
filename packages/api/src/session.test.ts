// Sessions over a stand-in client keyed like the real table (by the token's hash), at a fixed clock.
import { createHash } from 'node:crypto';
import type { Db } from '@strata/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashToken, openSession, resolveSession } from './session';

const now = new Date('2026-03-01T08:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});

type Row = Record<string, unknown> & { id: string };
function sessions(rows: Row[] = []) {
  const created: unknown[] = [];
  const db = {
    session: {
      create: async (args: { data: Row }) => {
        created.push(args.data);
        return args.data;
      },
      findUnique: async (args: { where: { id: string } }) => rows.find((r) => r.id === args.where.id) ?? null,
    },
  };
  return { db: db as unknown as Db, created };
}

const user = {
  id: 3,
  username: 'u',
  displayName: 'U',
  locale: 'en-US',
  mustChangePassword: true,
  disabledAt: null as Date | null,
  passwordHash: 'secret',
  grants: [
    { id: 10, role: 'branch_secretary', unitId: 7, unit: { path: '/1/7/', name: 'East', archivedAt: null } },
    { id: 11, role: 'member', unitId: 8, unit: { path: '/1/8/', name: 'Closed', archivedAt: new Date(0) } },
    { id: 12, role: 'emperor', unitId: 7, unit: { path: '/1/7/', name: 'East', archivedAt: null } },
  ],
};
const row = (token: string, extra: Partial<Row> = {}): Row => ({
  id: hashToken(token),
  csrfToken: 'csrf',
  expiresAt: new Date(now.getTime() + 1),
  user,
  ...extra,
});

describe('opening a session', () => {
  it('stores only the token’s hash, with its own CSRF token, expiring after the given time', async () => {
    const { db, created } = sessions();
    const opened = await openSession(db, 3, 60_000);
    expect(opened.expiresAt).toEqual(new Date(now.getTime() + 60_000));
    expect(opened.token).toMatch(/^[\w-]{43}$/);
    expect(opened.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(opened.csrfToken).not.toBe(opened.token);
    expect(created).toEqual([
      { id: hashToken(opened.token), userId: 3, csrfToken: opened.csrfToken, expiresAt: opened.expiresAt },
    ]);
    expect(hashToken('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});

describe('resolving a session', () => {
  it('gives the live session with its user and the scope of its usable grants', async () => {
    const { db } = sessions([row('t')]);
    const resolved = await resolveSession(db, 't');
    expect(resolved?.session).toEqual({
      id: hashToken('t'),
      csrfToken: 'csrf',
      expiresAt: new Date(now.getTime() + 1),
      user: { id: 3, username: 'u', displayName: 'U', locale: 'en-US', mustChangePassword: true },
    });
    // A grant in an archived unit, or of a role that no longer exists, gives nothing.
    expect(resolved?.scope.grants).toEqual([
      { id: 10, role: 'branch_secretary', unitId: 7, unitPath: '/1/7/', unitName: 'East' },
    ]);
    expect(resolved?.scope.paths('user.read')).toEqual(['/1/7/']);
  });

  it('is nothing without a token, for an unknown one, once expired, or for a disabled account', async () => {
    const { db } = sessions([
      row('t'),
      row('expiring', { expiresAt: now }),
      row('disabled', { user: { ...user, disabledAt: new Date(0) } }),
    ]);
    await expect(resolveSession(db, undefined)).resolves.toBeNull();
    await expect(resolveSession(db, '')).resolves.toBeNull();
    await expect(resolveSession(db, 'unknown')).resolves.toBeNull();
    await expect(resolveSession(db, 'expiring')).resolves.toBeNull();
    await expect(resolveSession(db, 'disabled')).resolves.toBeNull();
    await expect(resolveSession(db, 't')).resolves.not.toBeNull();
  });
});
