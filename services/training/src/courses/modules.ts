// A draft's modules: added at the end, renamed, moved (up, down, or to a place), removed when empty (its lessons are
// moved or removed first, one by one: nothing a writer made goes with a click on its module) and never the last one,
// so a draft always has somewhere to put a lesson. Positions stay 1, 2, 3... Each under the course's lock, audited
// once.
import { type Actor, AppError, fieldError, recordAudit } from '@strata/api';
import { trainingLimits } from '@strata/contract';
import type { Tx } from '@strata/db';
import { trainingMessage } from '../locales';
import { editableDraft, editableModule, manage, type Owned } from './course-lookups';
import { type Move, moved, renumbered } from './course-rules';

/** The version's modules in order. */
export const modulesOf = (tx: Tx, owned: Owned, versionId: number) =>
  tx.courseModule.findMany({
    where: { versionId, ...owned },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });

/** Numbers the rows of `order` 1, 2, 3... (writing only those whose place changes). */
export async function renumberModules(tx: Tx, owned: Owned, order: number[], positions: Map<number, number>) {
  for (const [id, position] of renumbered(order, positions))
    await tx.courseModule.update({ where: { id, ...owned }, data: { position } });
}

export async function addModule(tx: Tx, actor: Actor, input: { versionId: number; title: string }) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version } = await editableDraft(tx, actor.scope, input.versionId);
  const modules = await modulesOf(tx, owned, version.id);
  if (modules.length >= trainingLimits.modulesPerVersion)
    throw new AppError('CONFLICT', trainingMessage('courseTooManyModules'), { max: trainingLimits.modulesPerVersion });
  const position = modules.length + 1;
  const row = await tx.courseModule.create({
    data: { versionId: version.id, unitId: course.unitId, position, title: input.title },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.moduleAdd',
    entity: 'CourseModule',
    entityId: row.id,
    label: input.title,
    after: { versionNumber: version.number, moduleTitle: input.title, position },
  });
  return { id: row.id };
}

export async function renameModule(tx: Tx, actor: Actor, input: { id: number; title: string }) {
  const { course, version, module } = await editableModule(tx, actor.scope, input.id);
  await tx.courseModule.update({
    where: { id: module.id, ...actor.scope.ownedWhere(manage) },
    data: { title: input.title },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.moduleRename',
    entity: 'CourseModule',
    entityId: module.id,
    label: input.title,
    before: { versionNumber: version.number, moduleTitle: module.title },
    after: { versionNumber: version.number, moduleTitle: input.title },
  });
  return { id: module.id };
}

export async function moveModule(tx: Tx, actor: Actor, input: { id: number; to: Move }) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version, module } = await editableModule(tx, actor.scope, input.id);
  const modules = await modulesOf(tx, owned, version.id);
  const result = moved(
    modules.map((m) => m.id),
    module.id,
    input.to,
  );
  if ('problem' in result)
    throw result.problem === 'courseMoveAtEdge'
      ? new AppError('CONFLICT', trainingMessage(result.problem))
      : fieldError('to', trainingMessage(result.problem), { max: result.max });
  await renumberModules(tx, owned, result.order, new Map(modules.map((m) => [m.id, m.position])));
  const position = result.order.indexOf(module.id) + 1;
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.moduleMove',
    entity: 'CourseModule',
    entityId: module.id,
    label: module.title,
    before: { versionNumber: version.number, position: module.position },
    after: { versionNumber: version.number, position },
  });
  return { id: module.id };
}

export async function removeModule(tx: Tx, actor: Actor, id: number) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version, module } = await editableModule(tx, actor.scope, id);
  if (await tx.lesson.count({ where: { moduleId: module.id, ...owned } }))
    throw new AppError('CONFLICT', trainingMessage('courseModuleNotEmpty'));
  const modules = await modulesOf(tx, owned, version.id);
  if (modules.length <= 1) throw new AppError('CONFLICT', trainingMessage('courseLastModule'));
  await tx.courseModule.delete({ where: { id: module.id, ...owned } });
  const rest = modules.filter((m) => m.id !== module.id);
  await renumberModules(
    tx,
    owned,
    rest.map((m) => m.id),
    new Map(rest.map((m) => [m.id, m.position])),
  );
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.moduleRemove',
    entity: 'CourseModule',
    entityId: module.id,
    label: module.title,
    before: { versionNumber: version.number, moduleTitle: module.title, position: module.position },
  });
  return { id: module.id };
}
