// Restoring an earlier revision: its content becomes the article's again, as a new save (a new revision naming
// the one it restores), audited. The review workflow applies as to any edit: an editor restoring published
// content sends it back to review.
import { AppError, naturalKey, recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { filesUsable, recordFilesUsed } from '../articles/article-content';
import { type ArticleStatus, live, toArticle, toArticleImage, withNames } from '../articles/article-schemas';
import { indexArticles } from '../articles/article-search.sql';
import { statusAfterChange } from '../articles/article-workflow';
import { lastReviewOf } from '../articles/last-review';
import { contentMessage } from '../locales';
import { assertPublishable } from '../words/check-words';
import { keepRevision } from './keep-revision';

type RestoreRevision = {
  scope: Scope;
  system: SystemOperations;
  actorId: number;
  articleId: number;
  number: number;
  now: Date;
};

export async function restoreRevision(tx: Tx, { scope, system, actorId, articleId, number, now }: RestoreRevision) {
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({
    where: { id: articleId, ...scoped, ...live },
    include: withNames,
  });
  const revision = await tx.articleRevision.findFirst({ where: { articleId, number, ...scoped } });
  if (!revision) throw new AppError('NOT_FOUND', contentMessage('revisionNotFound'));
  // The revision's column, if it still exists in the article's unit; otherwise the article stays where it is.
  const column = await tx.column.findFirst({ where: { id: revision.columnId, unitId: before.unitId, ...scoped } });
  const status = statusAfterChange({
    current: before.status as ArticleStatus,
    requested: undefined,
    mayReview: scope.covers('content.review', before.unit.path),
  });
  // The revision's body was sanitised when it was saved; the files it shows must still be there to be shown.
  const fileIds = await filesUsable(tx, scope, { body: revision.body, coverFileId: before.coverFileId });
  await assertPublishable(tx, system, scope, {
    unit: { id: before.unitId, path: before.unit.path },
    text: revision,
    status,
  });
  const article = await tx.article.update({
    where: { id: before.id, ...scoped, ...live },
    data: {
      title: revision.title,
      titleKey: naturalKey(revision.title),
      summary: revision.summary,
      body: revision.body,
      byline: revision.byline,
      source: revision.source,
      columnId: column ? column.id : before.columnId,
      status,
    },
    include: withNames,
  });
  await recordFilesUsed(tx, article.id, fileIds);
  await indexArticles(tx, [article.id]);
  const kept = await keepRevision(tx, article, { scope, editorId: actorId, restoredFrom: number });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.revert',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    before: toArticleImage(before),
    after: Object.assign(toArticleImage(article), { revision: kept.number }),
  });
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(tx, scope, article.id) });
}
