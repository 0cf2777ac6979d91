// A draft's lessons: added at the end of a module, changed, moved (up, down or to a place in its module, or to a place
// in another module of the same version) and removed. Positions within each module stay 1, 2, 3..., and the version's
// lessonCount stays the number of its lessons (a progress bar reads it). Each under the course's lock, audited once.
import { type Actor, AppError, fieldError, recordAudit } from '@strata/api';
import { trainingLimits } from '@strata/contract';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import { trainingMessage } from '../locales';
import { editableLesson, editableModule, manage, moduleInScope, type Owned } from './course-lookups';
import { inserted, type Move, type Moved, moved, renumbered } from './course-rules';
import type { LessonFields, lessonChanges, newLesson } from './course-schemas';
import { lessonContent } from './lesson-content';

/** A module's lessons in order. */
const lessonsOf = (tx: Tx, owned: Owned, moduleId: number) =>
  tx.lesson.findMany({
    where: { moduleId, ...owned },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });

async function renumberLessons(tx: Tx, owned: Owned, order: number[], positions: Map<number, number>) {
  for (const [id, position] of renumbered(order, positions))
    await tx.lesson.update({ where: { id, ...owned }, data: { position } });
}

/** The version's lessonCount set to the number of its lessons, read under the course's lock. */
async function recount(tx: Tx, owned: Owned, versionId: number) {
  const lessonCount = await tx.lesson.count({ where: { versionId, ...owned } });
  await tx.courseVersion.update({ where: { id: versionId, ...owned }, data: { lessonCount } });
  return lessonCount;
}

/** What the audit log keeps of a lesson (its body is long and kept in the lesson: only whether it changed). */
const image = (l: { kind: string; title: string; fileId: number | null; url: string; minutes: number }) => ({
  kind: l.kind,
  title: l.title,
  fileId: l.fileId,
  url: l.url,
  minutes: l.minutes,
});

const placeError = (result: Exclude<Moved, { order: number[] }>) =>
  result.problem === 'courseMoveAtEdge'
    ? new AppError('CONFLICT', trainingMessage(result.problem))
    : fieldError('to', trainingMessage(result.problem), { max: result.max });

export async function addLesson(tx: Tx, actor: Actor, input: z.output<typeof newLesson>) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version, module } = await editableModule(tx, actor.scope, input.moduleId);
  if ((await tx.lesson.count({ where: { versionId: version.id, ...owned } })) >= trainingLimits.lessonsPerVersion)
    throw new AppError('CONFLICT', trainingMessage('courseTooManyLessons'), { max: trainingLimits.lessonsPerVersion });
  const content = await lessonContent(tx, actor.scope, course.unitId, input);
  const position = (await lessonsOf(tx, owned, module.id)).length + 1;
  const row = await tx.lesson.create({
    data: { ...content, versionId: version.id, moduleId: module.id, unitId: course.unitId, position },
    select: { id: true },
  });
  const lessonCount = await recount(tx, owned, version.id);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.lessonAdd',
    entity: 'Lesson',
    entityId: row.id,
    label: content.title,
    after: { versionNumber: version.number, moduleTitle: module.title, position, ...image(content), lessonCount },
  });
  return { id: row.id };
}

export async function updateLesson(tx: Tx, actor: Actor, input: z.output<typeof lessonChanges>) {
  const { course, version, lesson } = await editableLesson(tx, actor.scope, input.id);
  const content = await lessonContent(tx, actor.scope, course.unitId, input satisfies LessonFields);
  await tx.lesson.update({ where: { id: lesson.id, ...actor.scope.ownedWhere(manage) }, data: content });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.lessonUpdate',
    entity: 'Lesson',
    entityId: lesson.id,
    label: content.title,
    before: { versionNumber: version.number, ...image(lesson) },
    after: { versionNumber: version.number, ...image(content), bodyChanged: content.body !== lesson.body },
  });
  return { id: lesson.id };
}

export async function moveLesson(tx: Tx, actor: Actor, input: { id: number; moduleId?: number | undefined; to: Move }) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version, lesson } = await editableLesson(tx, actor.scope, input.id);
  const fromModule = await moduleInScope(tx, actor.scope, lesson.moduleId);
  const here = await lessonsOf(tx, owned, fromModule.id);
  const positions = (rows: { id: number; position: number }[]) => new Map(rows.map((r) => [r.id, r.position]));
  let toModule = fromModule;
  if (input.moduleId === undefined || input.moduleId === fromModule.id) {
    const result = moved(
      here.map((l) => l.id),
      lesson.id,
      input.to,
    );
    if ('problem' in result) throw placeError(result);
    await renumberLessons(tx, owned, result.order, positions(here));
  } else {
    toModule = await moduleInScope(tx, actor.scope, input.moduleId);
    if (toModule.versionId !== version.id) throw fieldError('moduleId', trainingMessage('courseMoveOtherVersion'));
    if (typeof input.to !== 'number') throw fieldError('to', trainingMessage('courseMoveNeedsPlace'));
    const there = await lessonsOf(tx, owned, toModule.id);
    const result = inserted(
      there.map((l) => l.id),
      lesson.id,
      input.to,
    );
    if ('problem' in result) throw placeError(result);
    const left = here.filter((l) => l.id !== lesson.id);
    await renumberLessons(
      tx,
      owned,
      left.map((l) => l.id),
      positions(left),
    );
    const position = result.order.indexOf(lesson.id) + 1;
    await tx.lesson.update({ where: { id: lesson.id, ...owned }, data: { moduleId: toModule.id, position } });
    await renumberLessons(tx, owned, result.order, positions([...there, { id: lesson.id, position }]));
  }
  const after = await tx.lesson.findFirstOrThrow({ where: { id: lesson.id, ...owned }, select: { position: true } });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.lessonMove',
    entity: 'Lesson',
    entityId: lesson.id,
    label: lesson.title,
    before: { versionNumber: version.number, moduleTitle: fromModule.title, position: lesson.position },
    after: { versionNumber: version.number, moduleTitle: toModule.title, position: after.position },
  });
  return { id: lesson.id };
}

export async function removeLesson(tx: Tx, actor: Actor, id: number) {
  const owned = actor.scope.ownedWhere(manage);
  const { course, version, lesson } = await editableLesson(tx, actor.scope, id);
  await tx.lesson.delete({ where: { id: lesson.id, ...owned } });
  const rest = await lessonsOf(tx, owned, lesson.moduleId);
  await renumberLessons(
    tx,
    owned,
    rest.map((l) => l.id),
    new Map(rest.map((l) => [l.id, l.position])),
  );
  const lessonCount = await recount(tx, owned, version.id);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'course.lessonRemove',
    entity: 'Lesson',
    entityId: lesson.id,
    label: lesson.title,
    before: { versionNumber: version.number, position: lesson.position, ...image(lesson) },
    after: { lessonCount },
  });
  return { id: lesson.id };
}
