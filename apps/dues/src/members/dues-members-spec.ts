// The collection list's state in the URL (the list kit's spec): the name searched, whether only members six or more
// months behind are shown, and the order (by name or by arrears).
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam, textParam } from '@strata/ui/list-page';
import type { DuesMemberListInput, DuesMemberSort } from '../common/api-types';
import { serverOrder } from '../common/server-order';

export const duesMemberSorts = ['name', 'arrears'] as const satisfies readonly DuesMemberSort[];

export const duesMembersSpec = {
  filters: {
    q: textParam({ max: 40 }),
    /** `true`: only the members flagged (six or more months behind). */
    flagged: oneOfParam(['true'] as const),
  },
  sorts: duesMemberSorts,
  defaultSort: { sort: 'name', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, DuesMemberSort>;

export type DuesMembersQuery = ListQuery<(typeof duesMembersSpec)['filters'], DuesMemberSort>;

/** The `dues.members.list` input for the URL's state, within the unit the switcher points at. */
export function toDuesMemberInput(query: DuesMembersQuery, unitId: number): DuesMemberListInput {
  const { q, flagged } = query.filters;
  return {
    unitId,
    ...(q && { q }),
    ...(flagged === 'true' && { flagged: true }),
    sort: query.sort ?? 'name',
    order: serverOrder(query.order, 'asc'),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
