// The board's state in the URL (the list kit's spec): the subtree and the state it is narrowed to, and its order.
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  serialiseListQuery,
} from '@strata/ui/list-page';
import { articleListSpec } from '../articles/article-list-spec';
import { type BoardInput, type BoardSort, freshnessStates } from './freshness-types';

const boardSorts = ['stalest', 'name'] as const satisfies readonly BoardSort[];

export const freshnessListSpec = {
  filters: {
    /** A unit inside the current unit's subtree; unset means the whole subtree. */
    unit: idParam,
    state: oneOfParam(freshnessStates),
  },
  sorts: boardSorts,
  defaultSort: { sort: 'stalest', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, BoardSort>;

export type FreshnessListQuery = ListQuery<(typeof freshnessListSpec)['filters'], BoardSort>;

/** The `content.freshness.board` input for the URL's state, within the unit the switcher points at. */
export function toBoardInput(query: FreshnessListQuery, currentUnitId: number): BoardInput {
  const { unit, state } = query.filters;
  return {
    unitId: unit ?? currentUnitId,
    ...(state !== undefined && { state }),
    sort: query.sort ?? 'stalest',
    ...(query.order && { order: query.order }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}

/**
 * The article list of one unit's column (or all its columns), the latest publication first: written with the
 * article list's own spec, so the link always says what that list reads.
 */
export function articlesOf(basePath: string, unitId: number, columnId?: number) {
  const params = serialiseListQuery(articleListSpec, {
    page: 1,
    pageSize: 20,
    sort: 'publishedAt',
    order: 'desc',
    filters: { unit: unitId, ...(columnId !== undefined && { column: columnId }) },
  });
  return `${basePath}/articles?${params}`;
}
