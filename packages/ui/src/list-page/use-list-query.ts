import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  type FilterShape,
  type FilterValues,
  type ListQuery,
  type ListQuerySpec,
  parseListQuery,
  type SortOrder,
  serialiseListQuery,
} from './list-query';

/**
 * A list's paging, sort and filters kept in the URL's search parameters (each read by its reader, bad values
 * read as defaults). Changing a filter or the sort goes back to page 1. Pass a spec defined outside the component.
 * `scope` is what the list is of (the unit in the switcher): when it changes, the filters and the page set for
 * the old one no longer apply, and the list starts over on its first page, unfiltered. A scope that changes together
 * with the address (a link that opens the page at a unit with its filters, `?at=`: @strata/contract open-at.ts)
 * keeps the address's filters: they were set for the new scope.
 */
export function useListQuery<F extends FilterShape, S extends string>(
  spec: ListQuerySpec<F, S>,
  { scope }: { scope?: unknown } = {},
) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(spec, params), [spec, params]);
  // Each change starts from the address as it stands in the browser, not from the one this render read. The router
  // draws a new address in a transition, so a handler can run before the page has drawn the last change (the next
  // click, on a busy machine: a column's sort right after a search), and a handler a component kept from an earlier
  // render (antd's table sorter does) holds older parameters still. The console's routers are browser routers (the
  // guarded history, @strata/ui guarded-history.ts), so the browser's address is the router's.
  const write = useCallback(
    (next: (current: ListQuery<F, S>) => ListQuery<F, S>) => {
      const current = new URLSearchParams(window.location.search);
      setParams(serialiseListQuery(spec, next(parseListQuery(spec, current)), current));
    },
    [spec, setParams],
  );
  const search = params.toString();
  const previous = useRef({ scope, search });
  useEffect(() => {
    const before = previous.current;
    previous.current = { scope, search };
    if (Object.is(before.scope, scope) || before.search !== search) return;
    write((q) => ({ ...q, page: 1, filters: {} }));
  }, [scope, search, write]);
  return {
    query,
    setFilters: useCallback((filters: FilterValues<F>) => write((q) => ({ ...q, page: 1, filters })), [write]),
    setPage: useCallback(
      (page: number, pageSize: number) => write((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
      [write],
    ),
    setSort: useCallback(
      (sort: { sort: S; order: SortOrder } | undefined) =>
        write((q) => {
          const { sort: _s, order: _o, ...rest } = q;
          return { ...rest, page: 1, ...(sort ?? spec.defaultSort ?? {}) };
        }),
      [write, spec],
    ),
  };
}

export type ListQueryState<F extends FilterShape, S extends string> = ReturnType<typeof useListQuery<F, S>>;
