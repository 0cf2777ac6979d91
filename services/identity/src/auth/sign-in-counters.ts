// Sign-in attempts counted in the database, per username ("user:<name>", whether or not the account exists)
// and per address ("addr:<ip>"). Each count is one atomic upsert whose returned value decides, so concurrent
// attempts cannot slip past a limit, and several gateway processes share the counts.
import type { Db, Tx } from '@strata/db';

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
export const addressKey = (ip: string) => `addr:${ip}`;

export type Count = { failures: number; lockedUntil: Date | null };

/** Counts one attempt on `key` (before its password is checked) and returns the count it made. */
export async function countAttempt(db: Db | Tx, key: string, now: Date, windowMs: number): Promise<Count> {
  const windowEndsAt = new Date(now.getTime() + windowMs);
  const row = await db.signInCounter.upsert({
    where: { key },
    create: { key, failures: 1, windowEndsAt },
    update: { failures: { increment: 1 } },
  });
  if (row.windowEndsAt > now) return row;
  // The window had ended: start a new one, unless a concurrent attempt already did.
  const restarted = await db.signInCounter.updateMany({
    where: { key, windowEndsAt: row.windowEndsAt },
    data: { failures: 1, windowEndsAt, lockedUntil: null },
  });
  if (restarted.count === 1) return { failures: 1, lockedUntil: null };
  return db.signInCounter.findUniqueOrThrow({ where: { key } });
}

/** Marks the failure (every failed attempt writes, existing account or not), locking when asked to. */
export async function recordFailure(tx: Tx, key: string, now: Date, lockUntil: Date | null) {
  await tx.signInCounter.update({
    where: { key },
    data: { lastFailureAt: now, ...(lockUntil ? { lockedUntil: lockUntil, windowEndsAt: lockUntil } : {}) },
  });
}

/** A successful attempt: the account's failures are forgotten and the address gets its attempt back. */
export async function recordSuccess(tx: Tx, account: string, address: string) {
  await tx.signInCounter.deleteMany({ where: { key: account } });
  await tx.signInCounter.updateMany({
    where: { key: address, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

/** Unlocks an account (an admin reset its password). */
export const clearAccount = (tx: Db | Tx, username: string) =>
  tx.signInCounter.deleteMany({ where: { key: accountKey(username) } });

/** Which of these accounts are locked now. */
export async function lockedUsernames(db: Db | Tx, usernames: string[], now = new Date()): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.signInCounter.findMany({
    where: { key: { in: usernames.map(accountKey) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key.slice('user:'.length)));
}

/** Counters whose window ended long ago are dead weight: sign-ins sweep them, so no timer is needed. */
export const sweepCounters = (tx: Tx, now: Date) =>
  tx.signInCounter.deleteMany({ where: { windowEndsAt: { lt: now } } });

/** Every account locked now (few at any time): what a list filtered by status narrows to, or leaves out. */
export async function lockedNow(db: Db | Tx, now = new Date()): Promise<string[]> {
  const rows = await db.signInCounter.findMany({
    where: { key: { startsWith: 'user:' }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.map((r) => r.key.slice('user:'.length));
}
