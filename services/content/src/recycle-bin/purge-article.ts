// Purging: an admin removes an article from the recycle bin for good, at any time. The audit entry keeps its
// last image, since nothing else will.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { binned, toArticleImage, withNames } from '../articles/article-schemas';
import { unindexArticles } from '../articles/article-search.sql';

type PurgeArticle = { scope: Scope; actorId: number; id: number };

export async function purgeArticle(tx: Tx, { scope, actorId, id }: PurgeArticle) {
  const scoped = scope.ownedWhere('content.purge');
  const before = await tx.article.findFirstOrThrow({ where: { id, ...scoped, ...binned }, include: withNames });
  await tx.article.delete({ where: { id: before.id, ...scoped, ...binned } });
  await unindexArticles(tx, [before.id]);
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: 'article.purge',
    entity: 'Article',
    entityId: before.id,
    label: before.title,
    before: { ...toArticleImage(before), deletedAt: before.deletedAt },
  });
}
