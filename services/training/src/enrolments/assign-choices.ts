// What the assigning page offers (training.assign): the courses a unit's people may be assigned, and the people in
// scope to choose from. The courses follow the rule `assign` checks (published with a version to take, open to the
// unit's people: see learning/open-courses.ts); they are often a township's, outside a branch assigner's scope, so
// they are read by a system operation once the unit has been found in the caller's scope. The people are the
// active accounts at home in the units in scope, each with their name, unit and (for a course asked about) their
// enrolment's status: nothing else of the account.
import { AppError, type Scope, unitInScope, withinPath } from '@strata/api';
import type { EnrolmentStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { trainingMessage } from '../locales';
import { courseReachesScope } from './assign-rules';
import type { AssignableCourseRow, PeopleFilter, PeoplePage } from './enrolments-schemas';
import type { AssignableCourse } from './system';

const assign = 'training.assign';

export type CoursesOpenTo = (unit: { id: number; path: string }) => Promise<AssignableCourseRow[]>;

/** The courses the people of the unit (in the caller's scope) may be assigned, by title. */
export async function assignableCourses(
  db: Db,
  scope: Scope,
  coursesOpenTo: CoursesOpenTo,
  unitId: number,
): Promise<AssignableCourseRow[]> {
  const unit = await unitInScope(db, scope, assign, unitId);
  return coursesOpenTo(unit);
}

/** The active people at home in the units in scope (or `unitId`'s subtree), by name, a page at a time. */
export async function assignablePeople(
  db: Db,
  scope: Scope,
  findCourse: (courseId: number) => Promise<AssignableCourse | null>,
  filter: PeopleFilter,
): Promise<PeoplePage> {
  const within = await withinPath(db, scope, assign, filter.unitId);
  // The course asked about is one the caller may assign (as `assign` finds it); any other answers as a missing one.
  const course = filter.courseId === undefined ? null : await findCourse(filter.courseId);
  if (filter.courseId !== undefined && (!course || !courseReachesScope(course, scope.roots(assign))))
    throw new AppError('NOT_FOUND', trainingMessage('courseNotFound'));
  const where = {
    disabledAt: null,
    ...(filter.q ? { displayName: { contains: filter.q } } : {}),
    ...scope.ownedWhere(assign, within),
  };
  const [total, people] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: { id: true, displayName: true, unitId: true, unit: { select: { name: true } } },
    }),
  ]);
  const statusOf = new Map<number, string>();
  if (course && people.length) {
    const enrolments = await db.enrolment.findMany({
      where: { courseId: course.id, userId: { in: people.map((p) => p.id) }, ...scope.ownedWhere(assign) },
      select: { userId: true, status: true },
    });
    for (const e of enrolments) statusOf.set(e.userId, e.status);
  }
  return {
    items: people.map((p) => ({
      id: p.id,
      name: p.displayName,
      unitId: p.unitId,
      unitName: p.unit.name,
      enrolmentStatus: (statusOf.get(p.id) as EnrolmentStatus | undefined) ?? null,
    })),
    total,
  };
}
