// The articles a reader may see, narrowed, searched and paged: a scoped page (whose plan follows what the reader
// sees, not what exists) reads the page and the names its rows show in one statement.
import { mapPage, pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { listedRows, liveArticles } from './article-page.sql';
import { type ArticleFilter, toArticleRow } from './article-schemas';

type ListArticles = { scope: Scope; filter: ArticleFilter; now: Date };

export async function listArticles(db: Db, { scope, filter, now }: ListArticles) {
  const within = await withinPath(db, scope, 'content.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'content.read',
    within,
    source: liveArticles(db, filter),
    ...pageArgs(filter),
    rows: listedRows,
  });
  return mapPage(page, (a) => toArticleRow(scope, a, now));
}
