// The latest review decision on an article, as its author reads it (why a draft came back, who approved it).
import { type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { LastReview } from './article-schemas';

export async function lastReviewOf(db: Db | Tx, scope: Scope, articleId: number): Promise<LastReview> {
  const review = await db.articleReview.findFirst({
    where: { articleId, ...scope.ownedWhere('content.read') },
    orderBy: { id: 'desc' },
    select: { decision: true, comment: true, createdAt: true, reviewer: { select: { displayName: true } } },
  });
  if (!review) return null;
  return {
    decision: review.decision === 'approved' ? 'approved' : 'returned',
    comment: review.comment,
    reviewerName: review.reviewer?.displayName ?? null,
    at: toIso(review.createdAt),
  };
}
