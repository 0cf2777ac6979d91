// The articles a reader may see, narrowed, searched and paged.
import { pageArgs, type Scope, withinPath } from '@strata/api';
import { type Db, literalContains } from '@strata/db';
import { type ArticleFilter, listedSelect, live, toArticleRow } from './article-schemas';

export async function listArticles(db: Db, { scope, filter }: { scope: Scope; filter: ArticleFilter }) {
  const within = await withinPath(db, scope, 'content.read', filter.unitId);
  const where = {
    ...scope.ownedWhere('content.read', within),
    ...live,
    ...(filter.columnId ? { columnId: filter.columnId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.search ? { title: { contains: literalContains(filter.search) } } : {}),
  };
  const [items, total] = await Promise.all([
    db.article.findMany({
      where,
      select: listedSelect,
      // The id breaks ties, so pages neither repeat nor skip rows with equal sort keys.
      // Titles sort by their natural key (pinyin, numbers by value), not by code point.
      orderBy: [{ [filter.sort === 'title' ? 'titleKey' : filter.sort]: filter.order }, { id: filter.order }],
      ...pageArgs(filter),
    }),
    db.article.count({ where }),
  ]);
  return { items: items.map((a) => toArticleRow(scope, a)), total };
}
