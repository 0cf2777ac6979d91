// Which courses are open to a learner: a published course of the learner's own unit (audience `unit` or `subtree`),
// or of a unit above it whose audience is `subtree`. "The learner's unit" is their account's unit (User.unitId). The
// same rule decides the catalogue, self-enrolment and whom an admin may assign a course to. Pure: unit-tested beside
// this file.
import type { Prisma } from '@strata/db';

/** The units above a unit, by its path (`/1/5/12/`: 1 and 5). */
export const unitsAbove = (path: string): number[] => path.split('/').filter(Boolean).map(Number).slice(0, -1);

type LearnerUnit = { id: number; path: string };

/** Whether the course's audience reaches a learner of `unit` (its status is checked apart). */
export function isOpenTo(course: { unitId: number; audience: string }, unit: LearnerUnit): boolean {
  if (course.unitId === unit.id) return true;
  return course.audience === 'subtree' && unitsAbove(unit.path).includes(course.unitId);
}

/** The same rule as a filter on Course: the courses whose audience reaches a learner of `unit`. */
export const openToWhere = (unit: LearnerUnit): Prisma.CourseWhereInput => ({
  OR: [{ unitId: unit.id }, { unitId: { in: unitsAbove(unit.path) }, audience: 'subtree' }],
});

/** Courses a learner may enrol in now: published, with a version to take. */
export const enrollableWhere = { status: 'published', currentVersionId: { not: null } } as const;
