// A course's class list for its trainers (training.teach at the course's unit): its learners of every unit, each with
// their enrolment and progress, their name and their unit's name, and nothing else of them. A course outside the
// caller's scope answers as a missing one; the rows are the course's enrolments as shared with its unit (taught).
import { type Page, type Scope, toIso } from '@strata/api';
import type { EnrolmentSource, EnrolmentStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { courseInScope } from '../common/in-scope';
import { classListPage } from './class-list.sql';
import { isOverdue, percentOf } from './enrolment-facts';
import type { ClassListInput, ClassListRow } from './enrolments-schemas';

export async function classList(
  db: Db,
  scope: Scope,
  input: ClassListInput,
  today: string,
): Promise<Page<ClassListRow>> {
  const course = await courseInScope(db, scope, 'training.teach', input.courseId);
  const { rows, total } = await classListPage(db, course, input, today);
  return {
    items: rows.map((r) => ({
      id: r.id,
      learnerName: r.learnerName,
      unitName: r.unitName,
      status: r.status as EnrolmentStatus,
      progress: percentOf({ ...r, lessonsRequired: Boolean(r.lessonsRequired) }),
      lessonsDone: r.lessonsDone,
      bestScore: r.bestScore,
      sessionsAttended: r.sessionsAttended,
      source: r.source as EnrolmentSource,
      dueOn: r.dueOn,
      overdue: isOverdue(r, today),
      enrolledAt: toIso(r.enrolledAt),
      completedAt: toIso(r.completedAt),
    })),
    total,
    totalIsBound: false,
  };
}
