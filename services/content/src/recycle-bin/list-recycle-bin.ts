// The recycle bin as a reviewer sees it: the articles deleted in their scope, newest first, with who deleted
// each, from which status, and how many days are left to restore it; and how many are past restoring, which
// the caller may purge at once if they hold content.purge over the whole unit.
import { pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { binnedArticles, binnedRows } from '../articles/article-page.sql';
import { expiredBefore } from './recycle-bin-rules';
import { type RecycleBinFilter, toRecycleBinRow } from './recycle-bin-schemas';

type ListRecycleBin = { scope: Scope; filter: RecycleBinFilter; now?: Date };

export async function listRecycleBin(db: Db, { scope, filter, now = new Date() }: ListRecycleBin) {
  const within = await withinPath(db, scope, 'content.review', filter.unitId);
  const inScope = scope.ownedWhere('content.review', within);
  const [page, expired] = await Promise.all([
    scopedPage(db, {
      scope,
      permission: 'content.review',
      within,
      source: binnedArticles(filter.search),
      ...pageArgs(filter),
      rows: binnedRows,
    }),
    db.article.count({ where: { ...inScope, deletedAt: { lt: expiredBefore(now) } } }),
  ]);
  return {
    ...page,
    items: page.items.map((a) => toRecycleBinRow(scope, a, now)),
    expired,
    mayPurgeExpired: within !== undefined && scope.covers('content.purge', within),
  };
}
