// The bell's read marks, the caller's own: its home unit may lie outside its grants, so this works on the raw
// client (a named operation, see system.ts), always and only on the session's own rows.
import { recordAudit, runTransaction } from '@strata/api';
import { noticeLimits } from '@strata/contract';
import type { Db } from '@strata/db';

const dayMs = 86_400_000;

/**
 * Marks the keys read for the user; keys already read stay as they were (read at the first time). Marks older than
 * `noticeLimits.keepReadDays` are swept on the way, the user's own only: the news they silenced has gone by then.
 * Returns how many marks are new.
 */
export async function markNoticesRead(db: Db, userId: number, keys: readonly string[], now: Date) {
  const wanted = [...new Set(keys)];
  return runTransaction(db, async (tx) => {
    await tx.noticeRead.deleteMany({
      where: { userId, readAt: { lt: new Date(now.getTime() - noticeLimits.keepReadDays * dayMs) } },
    });
    const known = await tx.noticeRead.findMany({ where: { userId, key: { in: wanted } }, select: { key: true } });
    const had = new Set(known.map((k) => k.key));
    const fresh = wanted.filter((key) => !had.has(key));
    if (!fresh.length) return 0;
    await tx.noticeRead.createMany({ data: fresh.map((key) => ({ userId, key, readAt: now })) });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { unitId: true, displayName: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      unitId: user.unitId,
      action: 'notice.markRead',
      entity: 'User',
      entityId: userId,
      label: user.displayName,
      after: { marked: fresh.length },
    });
    return fresh.length;
  });
}
