// Deleting an article; the audit entry keeps its last image, since nothing else will.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type ArticleStatus, toArticle, withNames } from './article-schemas';
import { assertMayDelete } from './article-workflow';

type DeleteArticle = { scope: Scope; actorId: number; id: number };

export async function deleteArticle(tx: Tx, { scope, actorId, id }: DeleteArticle) {
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({
    where: { id, ...scoped },
    include: { ...withNames, unit: { select: { name: true, path: true } } },
  });
  assertMayDelete(before.status as ArticleStatus, scope.covers('content.review', before.unit.path));
  await tx.article.delete({ where: { id: before.id, ...scoped } });
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: 'article.delete',
    entity: 'Article',
    entityId: before.id,
    before: toArticle(before),
  });
}
