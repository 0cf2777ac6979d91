// One article, with its body, as a reader in scope sees it; outside the scope or in the recycle bin it is not found.
import type { Scope, SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import { wordHits } from '../words/check-words';
import { live, toArticle, withNames } from './article-schemas';
import { lastReviewOf } from './last-review';

type GetArticle = { scope: Scope; system: SystemOperations; id: number; now: Date };

export async function getArticle(db: Db, { scope, system, id, now }: GetArticle) {
  const article = await db.article.findFirstOrThrow({
    where: { id, ...scope.ownedWhere('content.read'), ...live },
    include: withNames,
  });
  // A reviewer deciding on it sees the words worth a second look.
  const hits =
    article.status === 'review' && scope.covers('content.review', article.unit.path)
      ? await wordHits(db, system, scope, { id: article.unitId, path: article.unit.path }, article)
      : [];
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(db, scope, article.id), wordHits: hits });
}
