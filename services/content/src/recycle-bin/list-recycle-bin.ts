// The recycle bin as a reviewer sees it: the articles deleted in their scope, newest first, with who deleted
// each, from which status, and how many days are left to restore it; and how many are past restoring, which
// the caller may purge at once if they hold content.purge over the whole unit.
import { mapPage, pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import { type Db, type Prisma, whileUnchanged } from '@strata/db';
import { binnedArticles, binnedRows } from '../articles/article-page.sql';
import { expiredBefore } from './recycle-bin-rules';
import { type RecycleBinFilter, toRecycleBinRow } from './recycle-bin-schemas';

type ListRecycleBin = { scope: Scope; filter: RecycleBinFilter; now?: Date };

/** A number of expired articles, and the cut-offs it holds for: after `after` (if any), up to `upTo` (if any). */
type Expired = { count: number; after: number | null; upTo: number | null };

/**
 * How many binned articles in `inScope` are past restoring at `now`: those deleted before the cut-off
 * (expiredBefore). The figure changes when the data does or when the cut-off passes a deletion, so it is kept
 * (whileUnchanged) with the span of cut-offs that give the same answer: after the last expired deletion, up to
 * the first one not yet expired. A wide scope counts it once, not on every view.
 */
async function expiredCount(db: Db, inScope: Prisma.ArticleWhereInput, now: Date): Promise<number> {
  const cutoff = expiredBefore(now).getTime();
  const kept = await whileUnchanged<Expired>(
    db,
    `content.recycleBin.expired ${JSON.stringify(inScope)}`,
    async () => {
      const at = new Date(cutoff);
      const [count, last, next] = await Promise.all([
        db.article.count({ where: { ...inScope, deletedAt: { lt: at } } }),
        db.article.aggregate({ where: { ...inScope, deletedAt: { lt: at } }, _max: { deletedAt: true } }),
        db.article.aggregate({ where: { ...inScope, deletedAt: { gte: at } }, _min: { deletedAt: true } }),
      ]);
      return {
        count,
        after: last._max.deletedAt?.getTime() ?? null,
        upTo: next._min.deletedAt?.getTime() ?? null,
      };
    },
    {
      reads: ['Article', 'Unit'],
      holds: ({ after, upTo }) => (after === null || cutoff > after) && (upTo === null || cutoff <= upTo),
    },
  );
  return kept.count;
}

export async function listRecycleBin(db: Db, { scope, filter, now = new Date() }: ListRecycleBin) {
  const within = await withinPath(db, scope, 'content.review', filter.unitId);
  const inScope = scope.ownedWhere('content.review', within);
  const [page, expired] = await Promise.all([
    scopedPage(db, {
      scope,
      permission: 'content.review',
      within,
      source: binnedArticles(db, filter.search),
      ...pageArgs(filter),
      rows: binnedRows,
    }),
    expiredCount(db, inScope, now),
  ]);
  return Object.assign(
    mapPage(page, (a) => toRecycleBinRow(scope, a, now)),
    { expired, mayPurgeExpired: within !== undefined && scope.covers('content.purge', within) },
  );
}
