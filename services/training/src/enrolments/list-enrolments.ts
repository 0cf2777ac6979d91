// The enrolments of the people of a unit subtree (training.read: their unit's admins, for their staff's training),
// a page at a time in the caller's scope, whatever unit runs each course; a unit outside the scope answers as a
// missing one. Enrolments of other units' people in the caller's courses are not here: they are the class lists'.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { EnrolmentSource, EnrolmentStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { isOverdue, percentOf } from './enrolment-facts';
import { enrolmentSource, listedEnrolments } from './enrolment-page.sql';
import type { EnrolmentFilter, EnrolmentRow } from './enrolments-schemas';

export async function listEnrolments(
  db: Db,
  scope: Scope,
  filter: EnrolmentFilter,
  today: string,
): Promise<Page<EnrolmentRow>> {
  const within = await withinPath(db, scope, 'training.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'training.read',
    within,
    source: enrolmentSource(filter, today),
    ...pageArgs(filter),
    rows: listedEnrolments,
  });
  return mapPage(page, (e) => ({
    id: e.id,
    learnerName: e.learnerName,
    unitId: e.unitId,
    unitName: e.unitName,
    courseId: e.courseId,
    courseTitle: e.courseTitle,
    courseUnitName: e.courseUnitName,
    status: e.status as EnrolmentStatus,
    progress: percentOf({ ...e, lessonsRequired: Boolean(e.lessonsRequired) }),
    source: e.source as EnrolmentSource,
    dueOn: e.dueOn,
    overdue: isOverdue(e, today),
    enrolledAt: toIso(e.enrolledAt),
    completedAt: toIso(e.completedAt),
  }));
}
