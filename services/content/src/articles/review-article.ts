// A reviewer's decision on an article in review: approve (it is published) or return it to draft with a comment
// its author reads. Each decision is kept (ArticleReview) and audited.
import { AppError, fieldError, recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { contentMessage } from '../locales';
import { followSiteAt } from '../placements/placed-count.sql';
import { assertPublishable } from '../words/check-words';
import { type ArticleStatus, live, toArticle, withNames } from './article-schemas';
import { indexArticles } from './article-search.sql';
import { movedOnSite, publicationDate, type ReviewDecision, siteAtOf, statusAfterReview } from './article-workflow';
import { lastReviewOf } from './last-review';

type ReviewArticle = {
  scope: Scope;
  system: SystemOperations;
  actorId: number;
  input: { id: number; decision: ReviewDecision; comment: string };
  now: Date;
};

export async function reviewArticle(tx: Tx, { scope, system, actorId, input, now }: ReviewArticle) {
  // Found as writers find it (a writer sees it exists); deciding on it is a reviewer's, there.
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({ where: { id: input.id, ...scoped, ...live }, include: withNames });
  if (!scope.covers('content.review', before.unit.path))
    throw new AppError('FORBIDDEN', contentMessage('reviewRequired'));
  const from = before.status as ArticleStatus;
  const status = statusAfterReview(from, input.decision);
  if (input.decision === 'return' && input.comment.length < 2)
    throw fieldError('comment', contentMessage('returnNeedsComment'));
  await assertPublishable(tx, system, scope, {
    unit: { id: before.unitId, path: before.unit.path },
    text: before,
    status,
  });
  const publishedAt = publicationDate(from, status, now);
  const article = await tx.article.update({
    // Still in review: of two decisions at once, the second finds nothing to decide on.
    where: { id: before.id, ...scoped, ...live, status: from },
    data: {
      status,
      ...(publishedAt ? { publishedAt } : {}),
      siteAt: siteAtOf({ publishAt: before.publishAt, publishedAt: publishedAt ?? before.publishedAt }),
    },
    include: withNames,
  });
  // Its placements show it when it shows on its own site, and its search key moves with it.
  if (movedOnSite(before, article)) {
    await followSiteAt(tx, article.id);
    await indexArticles(tx, [article.id]);
  }
  const decision = input.decision === 'approve' ? 'approved' : 'returned';
  await tx.articleReview.create({
    data: { articleId: article.id, unitId: article.unitId, decision, comment: input.comment, reviewerId: actorId },
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.review',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    before: { title: before.title, status: from },
    after: { title: article.title, status, decision, comment: input.comment },
  });
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(tx, scope, article.id) });
}
