// One course as its editors read it (training.manage at its unit): its fields, its unit's name, every version newest
// first with its lessons and the learners enrolled in it, which version is current and which is the draft.
import { type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { courseInScope } from '../common/in-scope';
import { manage, managedEnrolments } from './course-lookups';
import type { courseDetail } from './course-schemas';

type Detail = z.output<typeof courseDetail>;

export async function getCourse(db: Db, scope: Scope, id: number): Promise<Detail> {
  const course = await courseInScope(db, scope, manage, id);
  const [unit, versions, groups] = await Promise.all([
    db.unit.findFirstOrThrow({
      where: { id: course.unitId, ...scope.unitWhere(manage) },
      select: { name: true, path: true },
    }),
    db.courseVersion.findMany({
      where: { courseId: course.id, ...scope.ownedWhere(manage) },
      orderBy: { number: 'desc' },
    }),
    db.enrolment.groupBy({
      by: ['versionId'],
      where: { courseId: course.id, ...managedEnrolments(scope) },
      _count: { _all: true },
    }),
  ]);
  const enrolled = new Map(groups.map((g) => [g.versionId, g._count._all]));
  return {
    id: course.id,
    unitId: course.unitId,
    unitName: unit.name,
    title: course.title,
    summary: course.summary,
    category: course.category as Detail['category'],
    audience: course.audience as Detail['audience'],
    isPublic: course.isPublic,
    required: course.required,
    status: course.status as Detail['status'],
    createdAt: toIso(course.createdAt),
    updatedAt: toIso(course.updatedAt),
    currentVersionId: course.currentVersionId,
    draftVersionId: versions.find((v) => v.status === 'draft')?.id ?? null,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status as Detail['versions'][number]['status'],
      publishedAt: toIso(v.publishedAt),
      createdAt: toIso(v.createdAt),
      lessonCount: v.lessonCount,
      enrolled: enrolled.get(v.id) ?? 0,
    })),
    canManage: scope.covers(manage, unit.path) && course.status !== 'archived',
  };
}
