// The articles a reader may see, narrowed, searched and paged: the page from a scoped page (whose plan follows
// what the reader sees, not what exists), its rows through Prisma and the scope guard.
import { pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { liveArticles } from './article-page.sql';
import { type ArticleFilter, listedSelect, live, toArticleRow } from './article-schemas';

export async function listArticles(db: Db, { scope, filter }: { scope: Scope; filter: ArticleFilter }) {
  const within = await withinPath(db, scope, 'content.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'content.read',
    within,
    source: liveArticles(filter),
    ...pageArgs(filter),
    read: (ids) =>
      db.article.findMany({
        where: { id: { in: ids }, ...live, ...scope.ownedWhere('content.read', within) },
        select: listedSelect,
      }),
  });
  return { ...page, items: page.items.map((a) => toArticleRow(scope, a)) };
}
