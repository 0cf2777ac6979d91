// The articles list's state in the URL (the list kit's spec): what the server filters and sorts by. The
// parameter names are those the list has always used, so bookmarked and shared links keep working.
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { ArticleListInput, ArticleSort } from '../common/api-types';
import { articleSorts, articleStatuses } from '../common/domain-values';

export const articleListSpec = {
  filters: {
    /** A unit inside the current unit's subtree; unset means the whole subtree. */
    unit: idParam,
    column: idParam,
    status: oneOfParam(articleStatuses),
    q: textParam({ max: 100 }),
  },
  sorts: articleSorts,
  defaultSort: { sort: 'updatedAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, ArticleSort>;

export type ArticleListQuery = ListQuery<(typeof articleListSpec)['filters'], ArticleSort>;

/** The `content.articles.list` input for the URL's state, scoped to the unit the switcher points at. */
export function toListInput(query: ArticleListQuery, currentUnitId: number): ArticleListInput {
  const { unit, column, status, q } = query.filters;
  return {
    unitId: unit ?? currentUnitId,
    ...(column !== undefined && { columnId: column }),
    ...(status !== undefined && { status }),
    ...(q && { search: q }),
    sort: query.sort ?? 'updatedAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
