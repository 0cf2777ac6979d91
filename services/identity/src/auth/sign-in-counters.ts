// Sign-in attempts counted in the database (countAttempt in @strata/api), per username ("user:<name>", whether or
// not the account exists) and per address ("addr:<ip>").
import type { Db, Tx } from '@strata/db';

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
export const addressKey = (ip: string) => `addr:${ip}`;

/** Marks the failure (every failed attempt writes, existing account or not), locking when asked to. */
export async function recordFailure(tx: Tx, key: string, now: Date, lockUntil: Date | null) {
  await tx.attemptCounter.update({
    where: { key },
    data: { lastFailureAt: now, ...(lockUntil ? { lockedUntil: lockUntil, windowEndsAt: lockUntil } : {}) },
  });
}

/** A successful attempt: the account's failures are forgotten and the address gets its attempt back. */
export async function recordSuccess(tx: Tx, account: string, address: string) {
  await tx.attemptCounter.deleteMany({ where: { key: account } });
  await tx.attemptCounter.updateMany({
    where: { key: address, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

/** Unlocks an account (an admin reset its password). */
export const clearAccount = (tx: Db | Tx, username: string) =>
  tx.attemptCounter.deleteMany({ where: { key: accountKey(username) } });

/** Which of these accounts are locked now. */
export async function lockedUsernames(db: Db | Tx, usernames: string[], now = new Date()): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.attemptCounter.findMany({
    where: { key: { in: usernames.map(accountKey) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key.slice('user:'.length)));
}

/** Every account locked now (few at any time): what a list filtered by status narrows to, or leaves out. */
export async function lockedNow(db: Db | Tx, now = new Date()): Promise<string[]> {
  const rows = await db.attemptCounter.findMany({
    where: { key: { startsWith: 'user:' }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.map((r) => r.key.slice('user:'.length));
}
