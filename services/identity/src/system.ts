// Identity's operations across scopes, bound to the raw client once at start-up (see @strata/api system.ts).
// Every use of the raw client by identity's procedures goes through one of these names.
import { type Config, openSession, resolveSession } from '@strata/api';
import type { Db } from '@strata/db';
import { changeOwnPassword, setOwnLocale, signOut } from './auth/own-account';
import { type SignInAttempt, signIn } from './auth/sign-in';
import { markNoticesRead } from './notices/mark-read';

type Own = { userId: number; sessionId: string };

export const identitySystem = (db: Db) => ({
  accounts: {
    signIn: (limits: Config, attempt: SignInAttempt) => signIn(db, limits, attempt),
    openSession: (userId: number, ttlMs: number) => openSession(db, userId, ttlMs),
    resolveSession: (token: string) => resolveSession(db, token),
    signOut: (own: Own) => signOut(db, own),
    changePassword: (own: Own, current: string, next: string) => changeOwnPassword(db, own, current, next),
    setLocale: (own: Own, locale: string) => setOwnLocale(db, own, locale),
    /** Usernames are global sign-in names: whether one is taken is asked across all units. */
    usernameTaken: async (username: string) =>
      (await db.user.count({ where: { username: username.toLowerCase() } })) > 0,
    /** Which of these usernames are taken anywhere (an import checks a whole file at once). */
    takenUsernames: async (usernames: string[]) => {
      const rows = await db.user.findMany({
        where: { username: { in: usernames.map((u) => u.toLowerCase()) } },
        select: { username: true },
      });
      return new Set(rows.map((r) => r.username));
    },
    /** Every grant an account holds, wherever it is: deciding who may manage it needs all of them. */
    /** How many grants each account holds in all, to tell the caller how many lie outside their scope. */
    grantTotals: async (userIds: number[]) => {
      const groups = await db.grant.groupBy({
        by: ['userId'],
        where: { userId: { in: userIds } },
        _count: { _all: true },
      });
      return new Map(groups.map((g) => [g.userId, g._count._all]));
    },
    grantsHeldBy: (userId: number) =>
      db.grant.findMany({ where: { userId }, include: { unit: { select: { path: true, depth: true } } } }),
  },
  notices: {
    /** The session's own read marks in the bell (its home unit may lie outside its grants). */
    markRead: (userId: number, keys: readonly string[], now: Date) => markNoticesRead(db, userId, keys, now),
  },
  units: {
    /** A unit's name, even above the caller's scope: shown as a unit's own attribute (its parent). */
    nameOf: async (id: number) => (await db.unit.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
  },
});

type IdentitySystem = ReturnType<typeof identitySystem>;
declare module '@strata/api' {
  interface SystemOperations extends IdentitySystem {}
}
