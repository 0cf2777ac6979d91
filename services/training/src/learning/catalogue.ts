// The catalogue as a learner browses it: the published courses open to their unit (open-courses.ts), by title as a
// zh-CN reader expects, filtered by category or part of the title, each with the caller's own enrolment if any and
// its current version's size (lessons, minutes).
import type { EnrolmentSource, EnrolmentStatus, TrainingCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import type { CatalogueInput, CatalogueRow } from './learning-schemas';
import { enrollableWhere, openToWhere } from './open-courses';
import { ownLearner } from './own-learner';

export async function catalogue(db: Db, accountId: number, input: CatalogueInput) {
  const learner = await ownLearner(db, accountId);
  const where = {
    ...enrollableWhere,
    ...openToWhere(learner.unit),
    ...(input.category ? { category: input.category } : {}),
    ...(input.q ? { title: { contains: input.q } } : {}),
  };
  const [courses, total] = await Promise.all([
    db.course.findMany({
      where,
      orderBy: [{ titleKey: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        title: true,
        summary: true,
        category: true,
        unitId: true,
        required: true,
        currentVersionId: true,
        unit: { select: { name: true } },
        enrolments: {
          where: { userId: accountId },
          select: { id: true, status: true, source: true, dueOn: true },
        },
      },
    }),
    db.course.count({ where }),
  ]);
  const versionIds = courses.flatMap((c) => (c.currentVersionId ? [c.currentVersionId] : []));
  const [versions, minutes] = versionIds.length
    ? await Promise.all([
        db.courseVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, lessonCount: true } }),
        db.lesson.groupBy({ by: ['versionId'], where: { versionId: { in: versionIds } }, _sum: { minutes: true } }),
      ])
    : [[], []];
  const lessonCount = new Map(versions.map((v) => [v.id, v.lessonCount]));
  const minutesOf = new Map(minutes.map((m) => [m.versionId, m._sum.minutes ?? 0]));
  const items = courses.map((c): CatalogueRow => {
    const own = c.enrolments[0];
    return {
      id: c.id,
      title: c.title,
      summary: c.summary,
      category: c.category as TrainingCategory,
      unitId: c.unitId,
      unitName: c.unit.name,
      required: c.required,
      lessonCount: lessonCount.get(c.currentVersionId ?? 0) ?? 0,
      minutes: minutesOf.get(c.currentVersionId ?? 0) ?? 0,
      enrolment: own
        ? {
            id: own.id,
            status: own.status as EnrolmentStatus,
            source: own.source as EnrolmentSource,
            dueOn: own.dueOn,
          }
        : null,
    };
  });
  return { items, total, totalIsBound: false };
}
