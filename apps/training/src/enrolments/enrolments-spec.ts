// The staff's training list state in the URL (the list kit's spec): a unit of the current one's subtree, a course,
// the state, overdue or not, how they came, and the learner's name searched. The server lists newest first.
import { enrolmentSources, enrolmentStatuses } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import { type FilterShape, idParam, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import { nameParam, overdueInput, overdueParam } from './enrolment-parts';
import type { EnrolmentListInput } from './enrolment-types';

export const enrolmentsSpec = {
  filters: {
    q: nameParam,
    /** A unit of the current one's subtree, whose own subtree's people are listed. */
    unitId: idParam,
    courseId: idParam,
    status: oneOfParam(enrolmentStatuses),
    overdue: overdueParam,
    source: oneOfParam(enrolmentSources),
  },
  sorts: [] as const,
} satisfies ListQuerySpec<FilterShape, never>;

export type EnrolmentsQuery = ListQuery<(typeof enrolmentsSpec)['filters'], never>;

/** The `training.enrolments.list` input for the URL's state within the current unit's subtree. */
export function toEnrolmentListInput(query: EnrolmentsQuery, unitId: number): EnrolmentListInput {
  const { q, courseId, status, overdue, source } = query.filters;
  return {
    unitId: query.filters.unitId ?? unitId,
    ...(q && { q }),
    ...(courseId && { courseId }),
    ...(status && { status }),
    ...overdueInput(overdue),
    ...(source && { source }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
