// A list's server-side state (page, page size, sort, filters) as URL search parameters, so a filtered page
// can be reloaded, bookmarked and sent to a colleague. Each parameter is parsed on its own: a bad value
// (hand-edited, or from an older version) falls back to its default and leaves the others alone.
import { integerParam, oneOfParam, type ParamReader } from './param-readers';

export const listPageSizes = [10, 20, 50, 100] as const;

/** Each filter: a reader of its URL parameter's text (./param-readers.ts); text it refuses reads as unset. */
export type FilterShape = Record<string, ParamReader<unknown>>;
export type FilterValues<F extends FilterShape> = { [K in keyof F]?: F[K] extends ParamReader<infer T> ? T : never };

export type ListQuerySpec<F extends FilterShape, S extends string = string> = {
  filters: F;
  /** The columns the server sorts by. */
  sorts: readonly S[];
  /** The order when none is chosen (the server's default when omitted). */
  defaultSort?: { sort: S; order: SortOrder };
  defaultPageSize?: (typeof listPageSizes)[number];
};

export type SortOrder = 'asc' | 'desc';
export type ListQuery<F extends FilterShape, S extends string = string> = {
  page: number;
  pageSize: number;
  sort?: S;
  order?: SortOrder;
  filters: FilterValues<F>;
};

const pageNumber = integerParam(1, 100_000);
const pageSize = oneOfParam(listPageSizes);
const order = oneOfParam(['asc', 'desc']);

/** Reserved parameter names; a filter must not use one. */
const reserved = new Set(['page', 'size', 'sort', 'order']);

function parsed<T>(read: ParamReader<T>, text: string | null): T | undefined {
  return text === null || text === '' ? undefined : read(text);
}

export function parseListQuery<F extends FilterShape, S extends string>(
  spec: ListQuerySpec<F, S>,
  params: URLSearchParams,
): ListQuery<F, S> {
  const filters: FilterValues<F> = {};
  for (const key of Object.keys(spec.filters) as (keyof F & string)[]) {
    if (reserved.has(key)) throw new Error(`list filter "${key}" uses a reserved parameter name`);
    const value = parsed(spec.filters[key] as ParamReader<unknown>, params.get(key));
    if (value !== undefined) filters[key] = value as FilterValues<F>[typeof key];
  }
  const sort = spec.sorts.find((s) => s === params.get('sort'));
  return {
    page: parsed(pageNumber, params.get('page')) ?? 1,
    pageSize: parsed(pageSize, params.get('size')) ?? spec.defaultPageSize ?? 20,
    ...(sort
      ? { sort, order: parsed(order, params.get('order')) ?? 'asc' }
      : spec.defaultSort
        ? { sort: spec.defaultSort.sort, order: spec.defaultSort.order }
        : {}),
    filters,
  };
}

/** The query as parameters, defaults left out (so the plain list has a plain URL); other parameters kept. */
export function serialiseListQuery<F extends FilterShape, S extends string>(
  spec: ListQuerySpec<F, S>,
  query: ListQuery<F, S>,
  keep: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(keep);
  for (const key of ['page', 'size', 'sort', 'order', ...Object.keys(spec.filters)]) params.delete(key);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== (spec.defaultPageSize ?? 20)) params.set('size', String(query.pageSize));
  const isDefaultSort = query.sort === spec.defaultSort?.sort && query.order === spec.defaultSort?.order;
  if (query.sort && !isDefaultSort) {
    params.set('sort', query.sort);
    params.set('order', query.order ?? 'asc');
  }
  for (const [key, value] of Object.entries(query.filters))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return params;
}

/** Whether any filter is set (the empty state then offers to clear them). */
export const hasFilters = (filters: Record<string, unknown>) =>
  Object.values(filters).some((v) => v !== undefined && v !== null && v !== '');
