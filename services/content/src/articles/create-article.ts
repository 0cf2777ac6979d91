// Writing a new article into a column: the column's unit owns it, and the review workflow decides which
// status the writer may give it.
import { assertActiveUnit, fieldError, naturalKey, recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { keepRevision } from '../revisions/keep-revision';
import { assertPublishable } from '../words/check-words';
import { cleanBody, filesUsable, recordFilesUsed, tagsWrite } from './article-content';
import { type NewArticle, toArticle, toArticleImage, withNames } from './article-schemas';
import { indexArticles } from './article-search.sql';
import { assertWindow, publicationDate, siteAtOf, statusAfterChange } from './article-workflow';

type CreateArticle = { scope: Scope; system: SystemOperations; actorId: number; input: NewArticle; now: Date };

export const instantOf = (text: string | null) => (text === null ? null : new Date(text));

export async function createArticle(tx: Tx, { scope, system, actorId, input, now }: CreateArticle) {
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
  const publishAt = instantOf(input.publishAt);
  const unpublishAt = instantOf(input.unpublishAt);
  assertWindow(publishAt, unpublishAt);
  const { tags, ...fields } = input;
  const body = cleanBody(input.body);
  const fileIds = await filesUsable(tx, scope, { body, coverFileId: input.coverFileId });
  await assertPublishable(tx, system, scope, {
    unit: { id: column.unitId, path: column.unit.path },
    text: { ...input, body },
    status,
  });
  const article = await tx.article.create({
    data: {
      ...fields,
      body,
      tags: tagsWrite(tags),
      publishAt,
      unpublishAt,
      titleKey: naturalKey(input.title),
      status,
      unitId: column.unitId,
      authorId: actorId,
      publishedAt: publicationDate(null, status, now) ?? null,
      siteAt: siteAtOf({ publishAt, publishedAt: publicationDate(null, status, now) ?? null }),
    },
    include: withNames,
  });
  await recordFilesUsed(tx, article.id, fileIds);
  await indexArticles(tx, [article.id]);
  await keepRevision(tx, article, { scope, editorId: actorId });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.create',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    after: toArticleImage(article),
  });
  return toArticle(scope, article, { now, lastReview: null });
}
