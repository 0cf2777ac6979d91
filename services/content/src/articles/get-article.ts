// One article, with its body, as a reader in scope sees it; outside the scope or in the recycle bin it is not found.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { live, toArticle, withNames } from './article-schemas';
import { lastReviewOf } from './last-review';

export async function getArticle(db: Db, { scope, id, now }: { scope: Scope; id: number; now: Date }) {
  const article = await db.article.findFirstOrThrow({
    where: { id, ...scope.ownedWhere('content.read'), ...live },
    include: withNames,
  });
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(db, scope, article.id) });
}
