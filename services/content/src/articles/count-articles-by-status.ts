// How many articles a reader can see in each status, for the overview: each a scoped count, exact up to the
// list's bound (then "10,000+"), so the figure never costs a read of every article in a wide scope.
import { type Scope, scopedCounts, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { liveInStatus } from './article-page.sql';
import { type ArticleStatus, articleStatus } from './article-schemas';

export async function countArticlesByStatus(db: Db, { scope, unitId }: { scope: Scope; unitId?: number | undefined }) {
  const within = await withinPath(db, scope, 'content.read', unitId);
  const statuses = articleStatus.options;
  const counted = await scopedCounts(db, { scope, permission: 'content.read', within }, statuses.map(liveInStatus));
  // Every status answers, with 0 where there is none, so the overview needs no defaults of its own.
  return Object.fromEntries(statuses.map((status, i) => [status, counted[i]])) as Record<
    ArticleStatus,
    { total: number; totalIsBound: boolean }
  >;
}
