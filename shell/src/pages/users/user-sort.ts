import type { TableColumnType, TableProps } from 'antd';
import type { UserRow, UserSort } from '../../api-types';

type Sorter = Parameters<NonNullable<TableProps<UserRow>['onChange']>>[2];

/** The columns the server can sort users by, as each Table column's `key`. */
export const sortableUserColumns = ['username', 'displayName'] as const satisfies readonly UserSort['sort'][];
type SortableColumn = (typeof sortableUserColumns)[number];

/** The Table's sorter as the list query's `sort`/`order`; undefined (a third click) is the server's default order. */
export function toUserSort(sorter: Sorter): UserSort | undefined {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const sort = sortableUserColumns.find((key) => key === one?.columnKey);
  if (!sort || !one?.order) return undefined;
  return { sort, order: one.order === 'ascend' ? 'asc' : 'desc' };
}

/** The controlled `sortOrder` of one sortable column. */
export function sortOrderOf(sort: UserSort | undefined, column: SortableColumn): TableColumnType<UserRow>['sortOrder'] {
  if (sort?.sort !== column) return null;
  return sort.order === 'asc' ? 'ascend' : 'descend';
}
