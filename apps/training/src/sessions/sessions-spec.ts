// A course's sessions list state in the URL (the list kit's spec): the state, the days the start falls on, the order.
import { trainingSessionStatuses } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import { type FilterShape, isoDateParam, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import type { SessionListInput, SessionSort } from './session-types';

export const sessionsSpec = {
  filters: {
    status: oneOfParam(trainingSessionStatuses),
    /** Starting on or after this day (Asia/Shanghai). */
    from: isoDateParam,
    /** Starting on or before this day. */
    to: isoDateParam,
  },
  sorts: ['startsAt'] as const satisfies readonly SessionSort[],
  defaultSort: { sort: 'startsAt', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, SessionSort>;

export type SessionsQuery = ListQuery<(typeof sessionsSpec)['filters'], SessionSort>;

/** The `training.sessions.list` input for the URL's state, of one course. */
export function toSessionListInput(query: SessionsQuery, courseId: number): SessionListInput {
  const { status, from, to } = query.filters;
  return {
    courseId,
    ...(status && { status }),
    ...(from && { from }),
    ...(to && { to }),
    sort: query.sort ?? 'startsAt',
    order: query.order ?? 'asc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
