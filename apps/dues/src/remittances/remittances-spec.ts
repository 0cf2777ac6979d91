// The remittances list's state in the URL: the tab (what the subtree sent up, or what the unit received from the units
// below, a parameter beside the list's own), the month and the page; the server answers the newest month first.
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, patternParam } from '@strata/ui/list-page';
import type { RemittanceDirection, RemittanceListInput } from '../common/api-types';
import { remittanceDirections } from '../common/domain-values';

export const remittancesSpec = {
  filters: { period: patternParam(/^\d{4}-(0[1-9]|1[0-2])$/) },
  sorts: [] as const,
} satisfies ListQuerySpec<FilterShape, never>;

export type RemittancesQuery = ListQuery<(typeof remittancesSpec)['filters'], never>;

/** The tab the URL's `tab` names; anything else is the first ("sent up"). */
export const readDirection = (text: string | null): RemittanceDirection =>
  remittanceDirections.find((d) => d === text) ?? 'sent';

/** The `dues.remittances.list` input for the URL's state, at the current unit. */
export function toRemittanceInput(
  query: RemittancesQuery,
  direction: RemittanceDirection,
  unitId: number,
): RemittanceListInput {
  const { period } = query.filters;
  return {
    unitId,
    direction,
    ...(period && { period }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
