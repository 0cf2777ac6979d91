// A learner's news in the shell's bell: the courses assigned to them that fall due within a week, and those overdue
// (the due day passed in Asia/Shanghai, not completed). Derived from their own enrolments and the clock when asked,
// never stored: completing the course, or a new due day, ends or renews the news. The rows are found by the caller's
// account (a system operation): the notices need no grant.
import { toIso } from '@strata/api';
import { noticeLimits } from '@strata/contract';
import type { Db } from '@strata/db';
import { calendarDay, dayNumber, dayText, nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { activeStatuses } from '../enrolments/enrolment-facts';

export const assignmentNoticeKinds = ['assignmentOverdue', 'assignmentDue'] as const;
export type AssignmentNoticeKind = (typeof assignmentNoticeKinds)[number];

/** How many days ahead an assignment's due day is news. */
export const dueSoonDays = 7;

/** The console's page of the learner's course (the training remote's). */
export const ownCoursePath = (courseId: number) => `/training/learn/${courseId}`;

export type DueAssignment = {
  id: number;
  courseId: number;
  dueOn: string;
  enrolledAt: Date;
  courseTitle: string;
  courseUnitName: string;
};

type Item = { key: string; kind: AssignmentNoticeKind; title: string; unitName: string; at: string; path: string };

/**
 * The notices of these assignments (each due by `today` plus a week), overdue ones first, each kind by due day
 * (pure: unit-tested beside this file). An overdue one became news when its day ended; one due soon, a week before
 * its day (or when assigned, if later).
 */
export function assignmentNotices(rows: readonly DueAssignment[], today: string) {
  const counts: Record<AssignmentNoticeKind, number> = { assignmentOverdue: 0, assignmentDue: 0 };
  const items: Item[] = [];
  const byDueDay = [...rows].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  for (const kind of assignmentNoticeKinds)
    for (const row of byDueDay) {
      if (row.dueOn < today !== (kind === 'assignmentOverdue')) continue;
      counts[kind] += 1;
      const weekBefore = startOfCalendarDay(dayText(dayNumber(row.dueOn) - dueSoonDays));
      const at =
        kind === 'assignmentOverdue'
          ? startOfCalendarDay(nextCalendarDay(row.dueOn))
          : new Date(Math.max(row.enrolledAt.getTime(), weekBefore.getTime()));
      items.push({
        key: `training:${kind}:${row.id}:${row.dueOn}`,
        kind,
        title: row.courseTitle,
        unitName: row.courseUnitName,
        at: toIso(at),
        path: ownCoursePath(row.courseId),
      });
    }
  return { items: items.slice(0, noticeLimits.items), counts };
}

/** The caller's assignments still being taken and due by a week from today (a person has a handful). */
export async function ownAssignmentNotices(db: Db, accountId: number, now: Date) {
  const today = calendarDay(now);
  const rows = await db.enrolment.findMany({
    where: {
      userId: accountId,
      status: { in: [...activeStatuses] },
      source: 'assigned',
      dueOn: { not: null, lte: dayText(dayNumber(today) + dueSoonDays) },
    },
    select: {
      id: true,
      courseId: true,
      dueOn: true,
      enrolledAt: true,
      course: { select: { title: true, unit: { select: { name: true } } } },
    },
  });
  return assignmentNotices(
    rows.map((r) => ({
      id: r.id,
      courseId: r.courseId,
      dueOn: r.dueOn as string,
      enrolledAt: r.enrolledAt,
      courseTitle: r.course.title,
      courseUnitName: r.course.unit.name,
    })),
    today,
  );
}
