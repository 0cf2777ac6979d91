// Server-side sessions: the cookie carries a random token; the database keeps only its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@strata/db';
import { isRole } from './roles';
import { type GrantInScope, Scope } from './scope';

export const sessionCookie = 'strata_session';
export const csrfCookie = 'strata_csrf';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  locale: string;
  mustChangePassword: boolean;
};
export type ActiveSession = { id: string; csrfToken: string; expiresAt: Date; user: SessionUser };

export async function openSession(db: Db, userId: number, ttlMs: number) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.session.create({ data: { id: hashToken(token), userId, csrfToken, expiresAt } });
  return { token, csrfToken, expiresAt };
}

export type ResolvedSession = { session: ActiveSession; scope: Scope };

/** The live session for a cookie token, with the user's scope; null when absent, expired or disabled. */
export async function resolveSession(db: Db, token: string | undefined): Promise<ResolvedSession | null> {
  return token ? resolveSessionById(db, hashToken(token)) : null;
}

/** The same by the session's id (its token's hash), for the session cache that keys on it. */
export async function resolveSessionById(db: Db, sessionId: string): Promise<ResolvedSession | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        include: { grants: { include: { unit: { select: { path: true, name: true, archivedAt: true } } } } },
      },
    },
  });
  if (!row || row.expiresAt <= new Date() || row.user.disabledAt) return null;
  const grants: GrantInScope[] = row.user.grants
    .filter((g) => isRole(g.role) && !g.unit.archivedAt)
    .map((g) => ({
      id: g.id,
      role: g.role as GrantInScope['role'],
      unitId: g.unitId,
      unitPath: g.unit.path,
      unitName: g.unit.name,
    }));
  const { id, username, displayName, locale, mustChangePassword } = row.user;
  return {
    session: {
      id: row.id,
      csrfToken: row.csrfToken,
      expiresAt: row.expiresAt,
      user: { id, username, displayName, locale, mustChangePassword },
    },
    scope: new Scope(grants),
  };
}
