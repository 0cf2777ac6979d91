// How many articles a reader can see in each status: one grouped query for the overview.
import { type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { type ArticleStatus, live } from './article-schemas';

export async function countArticlesByStatus(db: Db, { scope, unitId }: { scope: Scope; unitId?: number | undefined }) {
  const within = await withinPath(db, scope, 'content.read', unitId);
  const groups = await db.article.groupBy({
    by: ['status'],
    where: { ...scope.ownedWhere('content.read', within), ...live },
    _count: { _all: true },
  });
  // Every status answers, with 0 where there is none, so the overview needs no defaults of its own.
  const counts: Record<ArticleStatus, number> = { draft: 0, review: 0, published: 0, archived: 0 };
  for (const g of groups) counts[g.status as ArticleStatus] = g._count._all;
  return counts;
}
