// A version's content as its editors read it: its criteria, its modules in order and each one's lessons in order with
// every field (a file lesson's file named and linked), and whether it may still change.
import { type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import { fileUrl } from '@strata/files';
import type { z } from 'zod';
import { courseInScope } from '../common/in-scope';
import { manage, versionInScope } from './course-lookups';
import { editProblem } from './course-rules';
import type { outline } from './course-schemas';

type Outline = z.output<typeof outline>;
type OutlineLesson = Outline['modules'][number]['lessons'][number];

export async function versionOutline(db: Db, scope: Scope, versionId: number): Promise<Outline> {
  const owned = scope.ownedWhere(manage);
  const version = await versionInScope(db, scope, versionId);
  const [course, modules, lessons] = await Promise.all([
    courseInScope(db, scope, manage, version.courseId),
    db.courseModule.findMany({ where: { versionId, ...owned }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    db.lesson.findMany({ where: { versionId, ...owned }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
  ]);
  const fileIds = [...new Set(lessons.flatMap((l) => (l.fileId === null ? [] : [l.fileId])))];
  const files = fileIds.length
    ? await db.file.findMany({ where: { id: { in: fileIds }, ...owned }, select: { id: true, name: true } })
    : [];
  const names = new Map(files.map((f) => [f.id, f.name]));
  const lessonOf = (l: (typeof lessons)[number]): OutlineLesson => {
    const name = l.fileId === null ? undefined : names.get(l.fileId);
    return {
      id: l.id,
      position: l.position,
      kind: l.kind as OutlineLesson['kind'],
      title: l.title,
      body: l.body,
      fileId: l.fileId,
      fileName: name ?? null,
      fileUrl: name === undefined || l.fileId === null ? null : fileUrl({ id: l.fileId, name }),
      url: l.url,
      minutes: l.minutes,
    };
  };
  return {
    id: version.id,
    courseId: course.id,
    courseTitle: course.title,
    unitId: course.unitId,
    number: version.number,
    status: version.status as Outline['status'],
    lessonsRequired: version.lessonsRequired,
    minScore: version.minScore,
    sessionsRequired: version.sessionsRequired,
    lessonCount: version.lessonCount,
    publishedAt: toIso(version.publishedAt),
    editable: editProblem(version.status, course.status) === null,
    modules: modules.map((m) => ({
      id: m.id,
      position: m.position,
      title: m.title,
      lessons: lessons.filter((l) => l.moduleId === m.id).map(lessonOf),
    })),
  };
}
