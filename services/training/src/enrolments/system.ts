// The enrolments area's operations across scopes, bound to the raw client once at start-up; procedures call them as
// ctx.system.training.<op>. A course may be assigned by the units below it (its audience reaching them), whose scope
// does not hold the course's unit; an enrolment's lessons belong to the course's unit, which the learner's unit's
// admins may not see either. Each is read here by an id the caller was already allowed (the course is then checked
// against the caller's scope; the outline is of an enrolment found through the caller's scope).
import type { Db } from '@strata/db';
import { enrollableWhere, openToWhere } from '../learning/open-courses';
import type { AssignableCourseRow } from './enrolments-schemas';
import { versionOutline } from './version-outline';

export type AssignableCourse = {
  id: number;
  unitId: number;
  unitPath: string;
  title: string;
  status: string;
  audience: string;
  currentVersionId: number | null;
};

export const enrolmentsSystem = (db: Db) => ({
  /** The course an assigner names, with its unit's path; null when there is none. */
  async assignableCourse(courseId: number): Promise<AssignableCourse | null> {
    const course = await db.course.findUnique({
      where: { id: courseId },
      select: {
        id: true,
        unitId: true,
        title: true,
        status: true,
        audience: true,
        currentVersionId: true,
        unit: { select: { path: true } },
      },
    });
    if (!course) return null;
    const { unit, ...rest } = course;
    return { ...rest, unitPath: unit.path };
  },
  /** The courses the people of a unit (already found in the caller's scope) may be assigned now, by title. */
  async coursesOpenTo(unit: { id: number; path: string }): Promise<AssignableCourseRow[]> {
    const courses = await db.course.findMany({
      where: { ...openToWhere(unit), ...enrollableWhere },
      orderBy: [{ titleKey: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, required: true, unit: { select: { name: true } } },
    });
    return courses.map((c) => ({ id: c.id, title: c.title, unitName: c.unit.name, required: c.required }));
  },
  /** The modules and lessons of the version of an enrolment the caller may see. */
  enrolmentOutline: (versionId: number) => versionOutline(db, versionId),
});
