// Deleting an article: a draft nobody ever read goes for good (the audit entry keeps its last image, since
// nothing else will); what was ever public goes to the recycle bin, a reviewer's act (see deletionOf).
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type ArticleStatus, live, toArticleImage, withNames } from './article-schemas';
import { unindexArticles } from './article-search.sql';
import { type Deletion, deletionOf } from './article-workflow';

type DeleteArticle = { scope: Scope; actorId: number; id: number };

export async function deleteArticle(tx: Tx, { scope, actorId, id }: DeleteArticle) {
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({ where: { id, ...scoped, ...live }, include: withNames });
  const deletion: Deletion = deletionOf(
    { status: before.status as ArticleStatus, publishedAt: before.publishedAt },
    scope.covers('content.review', before.unit.path),
  );
  if (deletion === 'outright') {
    await tx.article.delete({ where: { id: before.id, ...scoped, ...live } });
    await unindexArticles(tx, [before.id]);
  } else
    await tx.article.update({
      where: { id: before.id, ...scoped, ...live },
      data: { deletedAt: new Date(), deletedById: actorId },
    });
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: deletion === 'outright' ? 'article.delete' : 'article.recycle',
    entity: 'Article',
    entityId: before.id,
    label: before.title,
    before: toArticleImage(before),
  });
  return { deletion };
}
