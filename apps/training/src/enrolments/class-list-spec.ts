// A course's class list state in the URL (the list kit's spec): the learner's name searched, the state, overdue or
// not, and the order.
import { enrolmentStatuses } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import { nameParam, overdueInput, overdueParam } from './enrolment-parts';
import type { ClassListInput, ClassListSort } from './enrolment-types';

export const classListSpec = {
  filters: { q: nameParam, status: oneOfParam(enrolmentStatuses), overdue: overdueParam },
  sorts: ['learnerName', 'enrolledAt', 'progress'] as const satisfies readonly ClassListSort[],
  defaultSort: { sort: 'enrolledAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, ClassListSort>;

export type ClassListQuery = ListQuery<(typeof classListSpec)['filters'], ClassListSort>;

/** The `training.enrolments.classList` input for the URL's state, of one course. */
export function toClassListInput(query: ClassListQuery, courseId: number): ClassListInput {
  const { q, status, overdue } = query.filters;
  return {
    courseId,
    ...(q && { q }),
    ...(status && { status }),
    ...overdueInput(overdue),
    sort: query.sort ?? 'enrolledAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
