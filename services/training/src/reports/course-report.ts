// reports.course: a course's figures as its trainers read them (training.teach at the course's unit): its enrolments
// of every learners' unit (shared with the course's unit), in total and per learners' unit, and the last 12 months'
// enrolments with how many of them completed. Overdue as of the request's day in Asia/Shanghai.
import { AppError, type Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { trainingMessage } from '../locales';
import { addTally, emptyTally, figuresOf, lastMonths, tallyOf } from './figures';
import { courseEnrolmentsSince, courseTallies } from './reports.sql';
import type { CourseReport } from './reports-schemas';

const monthsShown = 12;

export async function courseReport(db: Db, scope: Scope, courseId: number, now: Date): Promise<CourseReport> {
  const course = await db.course.findFirst({
    where: { id: courseId, ...scope.ownedWhere('training.teach') },
    select: { id: true, title: true, unitId: true, status: true, required: true, unit: { select: { name: true } } },
  });
  if (!course) throw new AppError('NOT_FOUND', trainingMessage('courseNotFound'));
  const today = calendarDay(now);
  const months = lastMonths(today.slice(0, 7), monthsShown);
  const since = startOfCalendarDay(`${months[0]}-01`);
  const [perUnit, recent] = await Promise.all([
    courseTallies(db, course, today),
    courseEnrolmentsSince(db, course, since),
  ]);
  const totals = emptyTally();
  const units = perUnit
    .map((row) => {
      const tally = tallyOf(row);
      addTally(totals, tally);
      return { unitId: Number(row.unitId), name: row.name, ...figuresOf(tally) };
    })
    .sort((a, b) => b.enrolled - a.enrolled || a.unitId - b.unitId);
  const series = new Map(months.map((month) => [month, { month, enrolled: 0, completed: 0 }]));
  for (const e of recent) {
    const bucket = series.get(calendarDay(e.enrolledAt).slice(0, 7));
    if (!bucket) continue;
    bucket.enrolled++;
    bucket.completed += Number(e.completed);
  }
  return {
    course: {
      id: course.id,
      title: course.title,
      unitId: course.unitId,
      unitName: course.unit.name,
      status: course.status,
      required: course.required,
    },
    totals: figuresOf(totals),
    units,
    months: [...series.values()],
  };
}
