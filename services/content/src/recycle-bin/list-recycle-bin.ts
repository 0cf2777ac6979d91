// The recycle bin as a reviewer sees it: the articles deleted in their scope, newest first, with who deleted
// each, from which status, and how many days are left to restore it; and how many are past restoring, which
// the caller may purge at once if they hold content.purge over the whole unit.
import { pageArgs, type Scope, withinPath } from '@strata/api';
import { type Db, literalContains } from '@strata/db';
import { binned } from '../articles/article-schemas';
import { expiredBefore } from './recycle-bin-rules';
import { type BinnedArticle, binnedWithNames, type RecycleBinFilter, toRecycleBinRow } from './recycle-bin-schemas';

type ListRecycleBin = { scope: Scope; filter: RecycleBinFilter; now?: Date };

export async function listRecycleBin(db: Db, { scope, filter, now = new Date() }: ListRecycleBin) {
  const within = await withinPath(db, scope, 'content.review', filter.unitId);
  const inScope = scope.ownedWhere('content.review', within);
  const where = {
    ...inScope,
    ...binned,
    ...(filter.search ? { title: { contains: literalContains(filter.search) } } : {}),
  };
  const [items, total, expired] = await Promise.all([
    db.article.findMany({
      where,
      include: binnedWithNames,
      orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(filter),
    }),
    db.article.count({ where }),
    db.article.count({ where: { ...inScope, deletedAt: { lt: expiredBefore(now) } } }),
  ]);
  return {
    items: items.map((a) => toRecycleBinRow(scope, a as BinnedArticle, now)),
    total,
    expired,
    mayPurgeExpired: within !== undefined && scope.covers('content.purge', within),
  };
}
