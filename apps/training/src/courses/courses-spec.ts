// The courses list's state in the URL (the list kit's spec): the title searched, the state, category, audience,
// whether it is public or required, a unit below the current one, and the order, so a filtered list survives a reload
// and can be sent to a colleague.
import { courseAudiences, courseStatuses, trainingCategories, trainingLimits } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { CourseListInput, CourseSort } from './course-types';

const courseSorts = ['title', 'updatedAt'] as const satisfies readonly CourseSort[];
/** A yes/no filter: unset means either. */
const yesNo = oneOfParam(['yes', 'no'] as const);

export const coursesSpec = {
  filters: {
    q: textParam({ max: trainingLimits.titleMax }),
    status: oneOfParam(courseStatuses),
    category: oneOfParam(trainingCategories),
    audience: oneOfParam(courseAudiences),
    isPublic: yesNo,
    required: yesNo,
    /** A unit of the current one's subtree, whose own subtree is listed. */
    unitId: idParam,
  },
  sorts: courseSorts,
  defaultSort: { sort: 'updatedAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, CourseSort>;

export type CoursesQuery = ListQuery<(typeof coursesSpec)['filters'], CourseSort>;

/** The `training.courses.list` input for the URL's state within the current unit's subtree. */
export function toCourseListInput(query: CoursesQuery, unitId: number): CourseListInput {
  const { q, status, category, audience, isPublic, required } = query.filters;
  return {
    unitId: query.filters.unitId ?? unitId,
    ...(q && { q }),
    ...(status && { status }),
    ...(category && { category }),
    ...(audience && { audience }),
    ...(isPublic && { isPublic: isPublic === 'yes' }),
    ...(required && { required: required === 'yes' }),
    sort: query.sort ?? 'updatedAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
