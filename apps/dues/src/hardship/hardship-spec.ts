// The reductions list's state in the URL (the list kit's spec): the state asked for and the page; the server answers
// the newest first.
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import type { HardshipListInput } from '../common/api-types';
import { hardshipStates } from '../common/domain-values';

export const hardshipSpec = {
  filters: { state: oneOfParam(hardshipStates) },
  sorts: [] as const,
} satisfies ListQuerySpec<FilterShape, never>;

export type HardshipQuery = ListQuery<(typeof hardshipSpec)['filters'], never>;

/** The `dues.hardship.list` input for the URL's state: the requests of the current unit's subtree. */
export function toHardshipInput(query: HardshipQuery, unitId: number): HardshipListInput {
  const { state } = query.filters;
  return {
    unitId,
    ...(state && { state }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
