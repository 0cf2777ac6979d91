// Scheduling a classroom session of a course (training.manage at the course's unit) and changing one that is not
// cancelled. A new or moved start lies ahead; the places never drop below the seats booked, checked by the same
// conditional update that writes them (a seat booked meanwhile is counted); the trainer named must be able to teach
// the course (asked across scopes: see session-trainer.ts), checked when named or changed. Each audited once.
import { type Actor, AppError, fieldError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import { sessionProblem } from './session-rules';
import type { newSession, SessionFields, sessionChanges } from './session-schemas';

const manage = 'training.manage' as const;

/** The display name of an account that may lead the course's sessions at the unit of that path, else null. */
export type TrainerCheck = (accountId: number, unitPath: string) => Promise<string | null>;

const image = (s: Omit<SessionFields, 'trainerId'>, trainer: string | null) => ({
  title: s.title,
  place: s.place,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  capacity: s.capacity,
  trainer,
});

async function courseUnitPath(tx: Tx, actor: Actor, unitId: number) {
  const unit = await tx.unit.findFirstOrThrow({
    where: { id: unitId, ...actor.scope.unitWhere(manage) },
    select: { path: true },
  });
  return unit.path;
}

async function trainerName(trainerOf: TrainerCheck, trainerId: number, unitPath: string) {
  const name = await trainerOf(trainerId, unitPath);
  if (name === null) throw fieldError('trainerId', trainingMessage('sessionTrainerCannotTeach'));
  return name;
}

function check(input: SessionFields, context: Parameters<typeof sessionProblem>[1]) {
  const problem = sessionProblem(input, context);
  if (problem) throw fieldError(problem.field, trainingMessage(problem.key), 'vars' in problem ? problem.vars : {});
}

export async function createSession(tx: Tx, actor: Actor, trainerOf: TrainerCheck, input: z.output<typeof newSession>) {
  const course = await courseInScope(tx, actor.scope, manage, input.courseId);
  if (course.status === 'archived') throw fieldError('courseId', trainingMessage('sessionCourseArchived'));
  check(input, { now: actor.now, startChanged: true, booked: 0 });
  const trainer =
    input.trainerId === null
      ? null
      : await trainerName(trainerOf, input.trainerId, await courseUnitPath(tx, actor, course.unitId));
  const row = await tx.trainingSession.create({
    data: {
      unitId: course.unitId,
      courseId: course.id,
      title: input.title,
      place: input.place,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      trainerId: input.trainerId,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: course.unitId,
    action: 'trainingSession.create',
    entity: 'TrainingSession',
    entityId: row.id,
    label: `${course.title} · ${input.title}`,
    after: image(input, trainer),
  });
  return { id: row.id };
}

export async function updateSession(
  tx: Tx,
  actor: Actor,
  trainerOf: TrainerCheck,
  input: z.output<typeof sessionChanges>,
) {
  const owned = actor.scope.ownedWhere(manage);
  const before = await tx.trainingSession.findFirst({
    where: { id: input.id, ...owned },
    include: { course: { select: { title: true } }, trainer: { select: { displayName: true } } },
  });
  if (!before) throw new AppError('NOT_FOUND', trainingMessage('sessionNotFound'));
  if (before.status === 'cancelled') throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
  check(input, {
    now: actor.now,
    startChanged: input.startsAt.getTime() !== before.startsAt.getTime(),
    booked: before.booked,
  });
  const trainer =
    input.trainerId === null
      ? null
      : input.trainerId === before.trainerId
        ? (before.trainer?.displayName ?? null)
        : await trainerName(trainerOf, input.trainerId, await courseUnitPath(tx, actor, before.unitId));
  // The places are checked against the seats booked as the row stands when written: a seat booked since the read
  // above makes the write find nothing, and the refusal names the seats booked now.
  const { count } = await tx.trainingSession.updateMany({
    where: { id: before.id, status: 'scheduled', booked: { lte: input.capacity }, ...owned },
    data: {
      title: input.title,
      place: input.place,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      trainerId: input.trainerId,
    },
  });
  if (count !== 1) {
    const now = await tx.trainingSession.findFirstOrThrow({ where: { id: before.id, ...owned } });
    if (now.status === 'cancelled') throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
    throw fieldError('capacity', trainingMessage('sessionCapacityBelowBooked'), { booked: now.booked });
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: before.unitId,
    action: 'trainingSession.update',
    entity: 'TrainingSession',
    entityId: before.id,
    label: `${before.course.title} · ${input.title}`,
    before: image(before, before.trainer?.displayName ?? null),
    after: image(input, trainer),
  });
  return { id: before.id };
}
