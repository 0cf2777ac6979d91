// Attempts counted in the database per key, within a window: sign-ins per account and address, letters per address
// and phone, query codes per address. Each count is one atomic upsert whose returned value decides, so concurrent
// attempts cannot slip past a limit, and several gateway processes share the counts. Keys start with what they
// count ("user:", "addr:", "letter-addr:"...); what follows is a name or a keyed hash, never a phone in the clear.
import type { Db, Tx } from '@strata/db';

export type Count = { failures: number; lockedUntil: Date | null };

/** Counts one attempt on `key` and returns the count it made (this attempt included) in the current window. */
export async function countAttempt(db: Db | Tx, key: string, now: Date, windowMs: number): Promise<Count> {
  const windowEndsAt = new Date(now.getTime() + windowMs);
  const row = await db.attemptCounter.upsert({
    where: { key },
    create: { key, failures: 1, windowEndsAt },
    update: { failures: { increment: 1 } },
  });
  if (row.windowEndsAt > now) return row;
  // The window had ended: start a new one, unless a concurrent attempt already did.
  const restarted = await db.attemptCounter.updateMany({
    where: { key, windowEndsAt: row.windowEndsAt },
    data: { failures: 1, windowEndsAt, lockedUntil: null },
  });
  if (restarted.count === 1) return { failures: 1, lockedUntil: null };
  return db.attemptCounter.findUniqueOrThrow({ where: { key } });
}

/** Counters whose window ended long ago are dead weight: the writers sweep them, so no timer is needed. */
export const sweepAttemptCounters = (tx: Db | Tx, now: Date) =>
  tx.attemptCounter.deleteMany({ where: { windowEndsAt: { lt: now } } });
