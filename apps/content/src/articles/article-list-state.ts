import { largestPageSize as maxPageSize } from '@strata/ui';
import type { ArticleListInput, ArticleSort, ArticleStatus, SortOrder } from '../common/api-types';
import { articleSorts, articleStatuses } from '../common/domain-values';

/** What the list page shows; kept in the URL so a reload or "back" from the editor keeps it. */
export interface ArticleListState {
  page: number;
  pageSize: number;
  columnId?: number;
  status?: ArticleStatus;
  /** A unit inside the current unit's subtree; unset means the whole subtree. */
  unitId?: number;
  search?: string;
  sort: ArticleSort;
  order: SortOrder;
}

export const defaultListState: ArticleListState = { page: 1, pageSize: 20, sort: 'updatedAt', order: 'desc' };

const positiveInt = (raw: string | null): number | undefined => {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
};

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  values.find((v) => v === raw);

/** Reads the list state from search params, dropping anything malformed. */
export function readListState(params: URLSearchParams): ArticleListState {
  const search = params.get('q')?.trim();
  return {
    page: positiveInt(params.get('page')) ?? defaultListState.page,
    pageSize: Math.min(positiveInt(params.get('size')) ?? defaultListState.pageSize, maxPageSize),
    columnId: positiveInt(params.get('column')),
    status: oneOf(articleStatuses, params.get('status')),
    unitId: positiveInt(params.get('unit')),
    search: search || undefined,
    sort: oneOf(articleSorts, params.get('sort')) ?? defaultListState.sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? defaultListState.order,
  };
}

/** The inverse of readListState; defaults are left out to keep URLs short. */
export function writeListState(state: ArticleListState): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | undefined, fallback?: string | number) => {
    if (value !== undefined && value !== '' && value !== fallback) params.set(key, String(value));
  };
  put('page', state.page, defaultListState.page);
  put('size', state.pageSize, defaultListState.pageSize);
  put('column', state.columnId);
  put('status', state.status);
  put('unit', state.unitId);
  put('q', state.search?.trim());
  put('sort', state.sort, defaultListState.sort);
  put('order', state.order, defaultListState.order);
  return params;
}

/** The `content.articles.list` input for a state, scoped to the unit the switcher points at. */
export function toListInput(state: ArticleListState, currentUnitId: number): ArticleListInput {
  const search = state.search?.trim();
  return {
    unitId: state.unitId ?? currentUnitId,
    ...(state.columnId !== undefined && { columnId: state.columnId }),
    ...(state.status !== undefined && { status: state.status }),
    ...(search && { search }),
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: Math.min(state.pageSize, maxPageSize),
  };
}

/** A filter change goes back to page 1; a unit change drops the column (columns belong to a unit). */
export function withFilter(state: ArticleListState, patch: Partial<ArticleListState>): ArticleListState {
  const next = { ...state, ...patch, page: patch.page ?? 1 };
  if ('unitId' in patch && patch.unitId !== state.unitId && !('columnId' in patch)) next.columnId = undefined;
  return next;
}
