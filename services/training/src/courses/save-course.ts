// Creating a course (a draft of a unit in the caller's training.manage scope, with its first version as a draft and a
// first module to put lessons in) and changing its catalogue entry while it is not archived. Each audited once.
import { type Actor, AppError, assertActiveUnit, naturalKey, recordAudit, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import { manage } from './course-lookups';
import type { CourseFields, courseChanges, newCourse } from './course-schemas';

/** The first module a new course's draft gets, renamed at will. */
export const firstModuleTitle = '第一单元';

const stored = (input: CourseFields) => ({
  title: input.title,
  titleKey: naturalKey(input.title),
  summary: input.summary,
  category: input.category,
  audience: input.audience,
  isPublic: input.isPublic,
  required: input.required,
});

/** What the audit log keeps of a course's fields. */
const image = (c: CourseFields) => ({
  title: c.title,
  summary: c.summary,
  category: c.category,
  audience: c.audience,
  isPublic: c.isPublic,
  required: c.required,
});

export async function createCourse(tx: Tx, actor: Actor, input: z.output<typeof newCourse>) {
  const unit = await unitInScope(tx, actor.scope, manage, input.unitId);
  assertActiveUnit(unit, 'unitId');
  const course = await tx.course.create({
    data: { ...stored(input), unitId: unit.id, status: 'draft', createdById: actor.actorId },
    select: { id: true },
  });
  const version = await tx.courseVersion.create({
    data: { courseId: course.id, unitId: unit.id, number: 1, status: 'draft' },
    select: { id: true },
  });
  await tx.courseModule.create({
    data: { versionId: version.id, unitId: unit.id, position: 1, title: firstModuleTitle },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'course.create',
    entity: 'Course',
    entityId: course.id,
    label: input.title,
    after: { ...image(input), status: 'draft', versionNumber: 1 },
  });
  return { id: course.id };
}

export async function updateCourse(tx: Tx, actor: Actor, input: z.output<typeof courseChanges>) {
  const owned = actor.scope.ownedWhere(manage);
  const before = await courseInScope(tx, actor.scope, manage, input.id);
  // Conditional on the status: an archive landing first leaves nothing to change.
  const { count } = await tx.course.updateMany({
    where: { id: before.id, status: { not: 'archived' }, ...owned },
    data: stored(input),
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('courseArchived'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: before.unitId,
    action: 'course.update',
    entity: 'Course',
    entityId: before.id,
    label: input.title,
    before: image(before as CourseFields),
    after: image(input),
  });
  return { id: before.id };
}
