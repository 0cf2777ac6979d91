// The caller's own articles in progress at a subtree, for the overview's drafts card: the drafts they wrote (those a
// reviewer returned to them marked), those waiting for review, and the few drafts to open first. "Their own" is the
// session's account, never an id the browser sends; the subtree is the caller's content.write scope, narrowed to
// the unit asked about (one outside it is not found).
import { type Scope, withinPath } from '@strata/api';
import { listCountBound } from '@strata/contract';
import type { Db } from '@strata/db';
import type { MyArticles } from './article-schemas';
import { readMine } from './my-articles.sql';

const permission = 'content.write';

/**
 * A count of the caller's articles among those of theirs read (`read`, up to the bound and one more): exact up to the
 * bound; past it, the bound, flagged a floor.
 */
const counted = (mine: unknown, read: unknown) => ({
  total: Math.min(Number(mine), listCountBound),
  totalIsBound: Number(read) > listCountBound,
});

export async function myArticles(
  db: Db,
  { scope, authorId, unitId }: { scope: Scope; authorId: number; unitId: number | undefined },
): Promise<MyArticles> {
  const within = await withinPath(db, scope, permission, unitId);
  const roots = scope.roots(permission, within);
  const none = { total: 0, totalIsBound: false };
  if (!roots.length) return { drafts: none, returned: none, review: none, items: [] };
  const rows = await readMine(db, roots, authorId);
  const [first] = rows;
  if (!first) throw new Error('readMine: no counts row');
  return {
    drafts: counted(first.drafts, first.drafts),
    // Among their drafts read: a floor when there were more of those.
    returned: counted(first.returned, first.drafts),
    review: counted(first.review, first.review),
    items: rows.flatMap((r) =>
      r.id === null
        ? []
        : [
            {
              id: Number(r.id),
              title: r.title ?? '',
              unitName: r.unitName ?? '',
              columnName: r.columnName ?? '',
              updatedAt: r.updatedAt ?? '',
              returnComment: Number(r.isReturned) === 1 ? (r.comment ?? '') : null,
            },
          ],
    ),
  };
}
