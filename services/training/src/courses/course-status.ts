// A course's life: archived (from draft or published), it takes no new enrolment while its learners in progress go on;
// restored, it is what it was (published with a current version, else a draft). Each a conditional update on the
// status, audited once.
import { type Actor, AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import { manage } from './course-lookups';
import { restoredStatus } from './course-rules';

export async function archiveCourse(tx: Tx, actor: Actor, id: number) {
  const course = await courseInScope(tx, actor.scope, manage, id);
  const { count } = await tx.course.updateMany({
    where: { id: course.id, status: { in: ['draft', 'published'] }, ...actor.scope.ownedWhere(manage) },
    data: { status: 'archived' },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('courseAlreadyArchived'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.archive',
    entity: 'Course',
    entityId: course.id,
    label: course.title,
    before: { status: course.status },
    after: { status: 'archived' },
  });
  return { id: course.id };
}

export async function restoreCourse(tx: Tx, actor: Actor, id: number) {
  const course = await courseInScope(tx, actor.scope, manage, id);
  const status = restoredStatus(course.currentVersionId);
  const { count } = await tx.course.updateMany({
    where: { id: course.id, status: 'archived', ...actor.scope.ownedWhere(manage) },
    data: { status },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('courseNotArchived'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.restore',
    entity: 'Course',
    entityId: course.id,
    label: course.title,
    before: { status: 'archived' },
    after: { status },
  });
  return { id: course.id };
}
