// The activities list's state in the URL (the list kit's spec): the title searched, the state, a range of days the
// activities start in, and the order, so a filtered list survives a reload and can be sent to a colleague.
import { activityStatuses, volunteerLimits } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  isoDateParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { ActivityListInput, ActivitySort } from '../common/api-types';

const activitySorts = ['startsAt', 'title'] as const satisfies readonly ActivitySort[];

export const activitiesSpec = {
  filters: {
    q: textParam({ max: volunteerLimits.title }),
    status: oneOfParam(activityStatuses),
    /** Starting on or after this day (YYYY-MM-DD, Asia/Shanghai). */
    from: isoDateParam,
    /** Starting on or before this day. */
    to: isoDateParam,
  },
  sorts: activitySorts,
  defaultSort: { sort: 'startsAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, ActivitySort>;

export type ActivitiesQuery = ListQuery<(typeof activitiesSpec)['filters'], ActivitySort>;

/** The `volunteers.activities.list` input for the URL's state within the current unit's subtree. */
export function toActivityListInput(query: ActivitiesQuery, unitId: number): ActivityListInput {
  const { q, status, from, to } = query.filters;
  return {
    unitId,
    ...(q && { q }),
    ...(status && { status }),
    ...(from && { from }),
    ...(to && { to }),
    sort: query.sort ?? 'startsAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
