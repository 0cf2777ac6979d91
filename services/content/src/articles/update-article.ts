// Editing an article: any field, another column of its own unit, and a status the review workflow allows
// this editor at this unit.
import { fieldError, naturalKey, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type ArticleChanges, type ArticleStatus, live, toArticle, toArticleImage, withNames } from './article-schemas';
import { publicationDate, statusAfterChange } from './article-workflow';

type UpdateArticle = { scope: Scope; actorId: number; input: ArticleChanges };

/**
 * An article changes column only within its own unit: moving it to another unit's column would be
 * syndication, a later feature. A column elsewhere answers as a missing one.
 */
export function assertColumnOfSameUnit(article: { unitId: number }, column: { unitId: number } | null) {
  if (!column || column.unitId !== article.unitId) throw fieldError('columnId', 'notFound');
}

export async function updateArticle(tx: Tx, { scope, actorId, input }: UpdateArticle) {
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({
    where: { id: input.id, ...scoped, ...live },
    include: withNames,
  });
  if (input.columnId && input.columnId !== before.columnId) {
    const column = await tx.column.findFirst({ where: { id: input.columnId, ...scoped } });
    assertColumnOfSameUnit(before, column);
  }
  const from = before.status as ArticleStatus;
  const status = statusAfterChange({
    current: from,
    requested: input.status,
    mayReview: scope.covers('content.review', before.unit.path),
  });
  const { id: _id, ...changes } = input;
  const publishedAt = publicationDate(from, status, new Date());
  const article = await tx.article.update({
    where: { id: before.id, ...scoped, ...live },
    data: {
      ...changes,
      ...(changes.title !== undefined ? { titleKey: naturalKey(changes.title) } : {}),
      status,
      ...(publishedAt ? { publishedAt } : {}),
    },
    include: withNames,
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.update',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    before: toArticleImage(before),
    after: toArticleImage(article),
  });
  return toArticle(scope, article);
}
