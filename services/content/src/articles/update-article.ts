// Editing an article: any field, another column of its own unit, and a status the review workflow allows
// this editor at this unit.
import { fieldError, naturalKey, recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { followSiteAt } from '../placements/placed-count.sql';
import { changesContent, keepRevision } from '../revisions/keep-revision';
import { assertPublishable } from '../words/check-words';
import { cleanBody, filesUsable, recordFilesUsed, tagsReplace } from './article-content';
import { type ArticleChanges, type ArticleStatus, live, toArticle, toArticleImage, withNames } from './article-schemas';
import { indexArticles } from './article-search.sql';
import { assertWindow, movedOnSite, publicationDate, siteAtOf, statusAfterChange } from './article-workflow';
import { instantOf } from './create-article';
import { lastReviewOf } from './last-review';

type UpdateArticle = { scope: Scope; system: SystemOperations; actorId: number; input: ArticleChanges; now: Date };

/**
 * An article changes column only within its own unit: moving it to another unit's column would be
 * syndication, a later feature. A column elsewhere answers as a missing one.
 */
export function assertColumnOfSameUnit(article: { unitId: number }, column: { unitId: number } | null) {
  if (!column || column.unitId !== article.unitId) throw fieldError('columnId', 'notFound');
}

export async function updateArticle(tx: Tx, { scope, system, actorId, input, now }: UpdateArticle) {
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
  const { id: _id, publishAt: publishText, unpublishAt: unpublishText, tags, ...changes } = input;
  if (changes.body !== undefined) changes.body = cleanBody(changes.body);
  const publishAt = publishText === undefined ? before.publishAt : instantOf(publishText);
  const unpublishAt = unpublishText === undefined ? before.unpublishAt : instantOf(unpublishText);
  assertWindow(publishAt, unpublishAt);
  const text = {
    title: changes.title ?? before.title,
    summary: changes.summary ?? before.summary,
    body: changes.body ?? before.body,
    byline: changes.byline ?? before.byline,
    source: changes.source ?? before.source,
  };
  const coverFileId = changes.coverFileId === undefined ? before.coverFileId : changes.coverFileId;
  const usesChange = changes.body !== undefined || changes.coverFileId !== undefined;
  const fileIds = usesChange ? await filesUsable(tx, scope, { body: text.body, coverFileId }) : null;
  await assertPublishable(tx, system, scope, { unit: { id: before.unitId, path: before.unit.path }, text, status });
  const publishedAt = publicationDate(from, status, now);
  const article = await tx.article.update({
    where: { id: before.id, ...scoped, ...live },
    data: {
      ...changes,
      ...(tags !== undefined ? { tags: tagsReplace(tags) } : {}),
      publishAt,
      unpublishAt,
      ...(changes.title !== undefined ? { titleKey: naturalKey(changes.title) } : {}),
      status,
      ...(publishedAt ? { publishedAt } : {}),
      siteAt: siteAtOf({ publishAt, publishedAt: publishedAt ?? before.publishedAt }),
    },
    include: withNames,
  });
  // Its placements show it when it shows on its own site, and its search key moves with it.
  const moved = movedOnSite(before, article);
  if (moved) await followSiteAt(tx, article.id);
  if (fileIds) await recordFilesUsed(tx, article.id, fileIds);
  if (changesContent(before, article)) await keepRevision(tx, article, { scope, editorId: actorId });
  if (moved || changesContent(before, article) || tags !== undefined) await indexArticles(tx, [article.id]);
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
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(tx, scope, article.id) });
}
