// The catalogue as its editors read it: the courses in the caller's training.manage scope (or one unit's subtree),
// filtered, sorted and a page at a time through a scoped page; the page's enrolment counts in one grouped query.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { manage, managedEnrolments } from './course-lookups';
import { courseSource, listedCourses } from './course-page.sql';
import type { CourseFilter, courseRow } from './course-schemas';

type Row = z.output<typeof courseRow>;

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export async function listCourses(db: Db, scope: Scope, filter: CourseFilter): Promise<Page<Row>> {
  const within = await withinPath(db, scope, manage, filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: manage,
    within,
    source: courseSource(filter),
    ...pageArgs(filter),
    rows: listedCourses,
  });
  const ids = page.items.map((c) => c.id);
  const groups = ids.length
    ? await db.enrolment.groupBy({
        by: ['courseId'],
        where: { courseId: { in: ids }, ...managedEnrolments(scope) },
        _count: { _all: true },
      })
    : [];
  const enrolled = new Map(groups.map((g) => [g.courseId, g._count._all]));
  return mapPage(page, (c): Row => {
    const current = numberOrNull(c.currentNumber);
    return {
      id: c.id,
      title: c.title,
      unitId: c.unitId,
      unitName: c.unitName,
      category: c.category as Row['category'],
      audience: c.audience as Row['audience'],
      isPublic: Boolean(Number(c.isPublic)),
      required: Boolean(Number(c.required)),
      status: c.status as Row['status'],
      updatedAt: toIso(c.updatedAt),
      currentVersion: current,
      draftVersion: numberOrNull(c.draftNumber),
      lessonCount: Number((current === null ? c.draftLessons : c.currentLessons) ?? 0),
      enrolled: enrolled.get(c.id) ?? 0,
    };
  });
}
