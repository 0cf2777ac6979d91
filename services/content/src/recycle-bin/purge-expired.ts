// Emptying what the recycle bin no longer keeps: every article of a unit's subtree deleted more than the
// bin's days ago, in one act with one audit entry that names them (their titles; the bodies go with them).
import { recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { unindexArticles } from '../articles/article-search.sql';
import { expiredBefore } from './recycle-bin-rules';

type PurgeExpired = { scope: Scope; actorId: number; unitId: number; now?: Date };

export async function purgeExpired(tx: Tx, { scope, actorId, unitId, now = new Date() }: PurgeExpired) {
  const unit = await unitInScope(tx, scope, 'content.purge', unitId);
  const where = {
    ...scope.ownedWhere('content.purge', unit.path),
    deletedAt: { lt: expiredBefore(now) },
  };
  const expired = await tx.article.findMany({
    where,
    select: { id: true, unitId: true, title: true, status: true, deletedAt: true },
    orderBy: { id: 'asc' },
  });
  // Nothing past its time: nothing changes, and nothing is recorded.
  if (expired.length === 0) return { purged: 0 };
  await tx.article.deleteMany({ where: { ...where, id: { in: expired.map((a) => a.id) } } });
  await unindexArticles(
    tx,
    expired.map((a) => a.id),
  );
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'article.purgeExpired',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    before: expired,
  });
  return { purged: expired.length };
}
