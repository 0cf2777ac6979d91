// A version's modules and lessons in the course's order (modules by position, each one's lessons by position), as the
// learner's course page and an enrolment's page list them. Read by the version's id, on the raw client (the learner's
// own page) or through a system operation (an enrolment either side of it may see: the lessons belong to the course's
// unit, which may lie outside the reader's scope). Two indexed reads, whatever the version's size.
import type { LessonKind } from '@strata/contract';
import type { Db, Tx } from '@strata/db';

export type OutlineLesson = { id: number; title: string; kind: LessonKind; minutes: number };
export type OutlineModule = { id: number; title: string; lessons: OutlineLesson[] };

export async function versionOutline(db: Db | Tx, versionId: number): Promise<OutlineModule[]> {
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
  const byModule = new Map<number, OutlineLesson[]>(modules.map((m) => [m.id, []]));
  for (const l of lessons)
    byModule.get(l.moduleId)?.push({ id: l.id, title: l.title, kind: l.kind as LessonKind, minutes: l.minutes });
  return modules.map((m) => ({ id: m.id, title: m.title, lessons: byModule.get(m.id) ?? [] }));
}
