// Restoring an article from the recycle bin: back to the status and column it had, within the days the bin
// keeps it. What was public becomes public again, so this is a reviewer's act, like the delete was.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { binned, toArticle, withNames } from '../articles/article-schemas';
import { lastReviewOf } from '../articles/last-review';
import { assertRestorable } from './recycle-bin-rules';

type RestoreArticle = { scope: Scope; actorId: number; id: number; now?: Date };

export async function restoreArticle(tx: Tx, { scope, actorId, id, now = new Date() }: RestoreArticle) {
  const scoped = scope.ownedWhere('content.review');
  const before = await tx.article.findFirstOrThrow({ where: { id, ...scoped, ...binned } });
  assertRestorable(before.deletedAt as Date, now);
  const article = await tx.article.update({
    where: { id: before.id, ...scoped, ...binned },
    data: { deletedAt: null, deletedById: null },
    include: withNames,
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.restore',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    before: { title: before.title, status: before.status, deletedAt: before.deletedAt },
    after: { title: article.title, status: article.status, deletedAt: null },
  });
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(tx, scope, article.id) });
}
