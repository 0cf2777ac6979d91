import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';

/**
 * Server-side paging state for an antd Table: `page`/`pageSize` go into the query input,
 * `pagination(total)` goes on the Table. Call `reset()` when a filter changes.
 * @deprecated for new lists: `useListQuery` from `@strata/ui/list-page` (paging, sort and filters in the URL).
 * Kept for the pages not yet on the kit.
 */
export function useTablePaging(t: TFunction, initialPageSize = 20) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const reset = useCallback(() => setPage(1), []);
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t('common:total', { total: count }),
    onChange: (nextPage, nextSize) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
    },
  });
  return { page, pageSize, reset, pagination };
}
