// Writing a new article into a column: the column's unit owns it, and the review workflow decides which
// status the writer may give it.
import { assertActiveUnit, fieldError, naturalKey, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type NewArticle, toArticle, toArticleImage, withNames } from './article-schemas';
import { publicationDate, statusAfterChange } from './article-workflow';

type CreateArticle = { scope: Scope; actorId: number; input: NewArticle };

export async function createArticle(tx: Tx, { scope, actorId, input }: CreateArticle) {
  const column = await tx.column.findFirst({
    where: { id: input.columnId, ...scope.ownedWhere('content.write') },
    include: { unit: { select: { path: true, archivedAt: true } } },
  });
  // The column is what the writer chose: a foreign or missing one is a field error on it, not a 404 page.
  if (!column) throw fieldError('columnId', 'notFound');
  assertActiveUnit(column.unit, 'columnId');
  const status = statusAfterChange({
    current: null,
    requested: input.status,
    mayReview: scope.covers('content.review', column.unit.path),
  });
  const article = await tx.article.create({
    data: {
      ...input,
      titleKey: naturalKey(input.title),
      status,
      unitId: column.unitId,
      authorId: actorId,
      publishedAt: publicationDate(null, status, new Date()) ?? null,
    },
    include: withNames,
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.create',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    after: toArticleImage(article),
  });
  return toArticle(scope, article);
}
