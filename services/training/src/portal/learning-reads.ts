// What the learning corner reads, with the raw client (public pages read every unit, so they apply the public rule
// themselves): a unit's courses that are published and marked public, and only their current version's modules and
// lessons. A draft, an archived course, a course not marked public, another unit's course, a lesson of a retired
// version or of a draft: none is found, so each answers as a page that does not exist.
import type { Db } from '@strata/db';
import { z } from 'zod';

/** A course a unit's site shows: its own, published (not archived), public, with a current version. */
const shownOn = (unitId: number) =>
  ({ unitId, isPublic: true, status: 'published', currentVersionId: { not: null } }) as const;

/** Courses a page of the learning corner lists. */
export const coursesPerPage = 20;
/** Pages of the list: deep enough for any unit, bounded so an offset stays cheap to refuse. */
export const maxPage = 500;

const idText = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));
const pageText = z
  .string()
  .regex(/^[1-9]\d{0,3}$/)
  .transform(Number)
  .pipe(z.number().int().max(maxPage))
  .optional();

/** An id in an address: a positive integer the database can hold, else null (no such page). */
export const idParam = (value: string | undefined): number | null => {
  const parsed = idText.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The `page` of the query: 1 when absent, null when it is not a page number (or given twice). */
export const pageParam = (value: string | string[] | undefined): number | null => {
  const parsed = pageText.safeParse(value);
  return parsed.success ? (parsed.data ?? 1) : null;
};

export type ListedCourse = { id: number; title: string; summary: string; lessons: number; minutes: number };

/** Minutes of each version's lessons, summed. */
async function minutesOf(db: Db, versionIds: number[]) {
  const sums = versionIds.length
    ? await db.lesson.groupBy({ by: ['versionId'], where: { versionId: { in: versionIds } }, _sum: { minutes: true } })
    : [];
  return new Map(sums.map((s) => [s.versionId, s._sum.minutes ?? 0]));
}

/** A page of the unit's public courses by title, and whether there is a next one. */
export async function publicCourses(db: Db, unitId: number, page: number) {
  const rows = await db.course.findMany({
    where: shownOn(unitId),
    orderBy: [{ titleKey: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * coursesPerPage,
    take: coursesPerPage + 1,
    select: { id: true, title: true, summary: true, currentVersionId: true },
  });
  const courses = rows.slice(0, coursesPerPage);
  const versionIds = courses.map((c) => c.currentVersionId as number);
  const [versions, minutes] = await Promise.all([
    db.courseVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, lessonCount: true } }),
    minutesOf(db, versionIds),
  ]);
  const lessons = new Map(versions.map((v) => [v.id, v.lessonCount]));
  const listed = courses.map(
    (c): ListedCourse => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      lessons: lessons.get(c.currentVersionId as number) ?? 0,
      minutes: minutes.get(c.currentVersionId as number) ?? 0,
    }),
  );
  return { courses: listed, hasNext: rows.length > coursesPerPage };
}

export type OutlineLesson = { id: number; title: string; kind: string; minutes: number };
export type PublicOutline = {
  course: { id: number; title: string; summary: string };
  /** The current version's id (learners of the portal read only it). */
  versionId: number;
  modules: { id: number; title: string; lessons: OutlineLesson[] }[];
};

/** A public course of the unit with its current version's modules and lessons in order; null when not shown. */
export async function publicCourse(db: Db, unitId: number, courseId: number): Promise<PublicOutline | null> {
  const course = await db.course.findFirst({
    where: { id: courseId, ...shownOn(unitId) },
    select: { id: true, title: true, summary: true, currentVersionId: true },
  });
  if (!course || course.currentVersionId === null) return null;
  const versionId = course.currentVersionId;
  const [modules, lessons] = await Promise.all([
    db.courseModule.findMany({
      where: { versionId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true },
    }),
    db.lesson.findMany({
      where: { versionId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, moduleId: true, title: true, kind: true, minutes: true },
    }),
  ]);
  return {
    course: { id: course.id, title: course.title, summary: course.summary },
    versionId,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: lessons
        .filter((l) => l.moduleId === m.id)
        .map((l) => ({ id: l.id, title: l.title, kind: l.kind, minutes: l.minutes })),
    })),
  };
}

export type PublicLesson = {
  course: { id: number; title: string };
  moduleTitle: string;
  lesson: {
    id: number;
    kind: string;
    title: string;
    body: string;
    url: string;
    minutes: number;
    file: { id: number; name: string; kind: string } | null;
  };
  previous: OutlineLesson | null;
  next: OutlineLesson | null;
};

/** A lesson of a public course's current version, with the lessons before and after it; null when not shown. */
export async function publicLesson(
  db: Db,
  unitId: number,
  courseId: number,
  lessonId: number,
): Promise<PublicLesson | null> {
  const outline = await publicCourse(db, unitId, courseId);
  if (!outline) return null;
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, versionId: outline.versionId },
    select: {
      id: true,
      moduleId: true,
      kind: true,
      title: true,
      body: true,
      url: true,
      minutes: true,
      file: { select: { id: true, name: true, kind: true } },
    },
  });
  if (!lesson) return null;
  const order = outline.modules.flatMap((m) => m.lessons);
  const at = order.findIndex((l) => l.id === lesson.id);
  const { moduleId, ...shown } = lesson;
  return {
    course: { id: outline.course.id, title: outline.course.title },
    moduleTitle: outline.modules.find((m) => m.id === moduleId)?.title ?? '',
    lesson: shown,
    previous: order[at - 1] ?? null,
    next: order[at + 1] ?? null,
  };
}
