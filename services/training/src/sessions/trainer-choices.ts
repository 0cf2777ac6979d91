// The session form's trainer picker (training.manage at the course's unit): the accounts that may lead the course's
// sessions, the same rule `create` and `update` check, read across scopes by a system operation (a township's
// trainer leads a branch's class). Each is its id, name and home unit's name, nothing else of the account.
import { AppError, type Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { trainingMessage } from '../locales';
import type { TrainerChoice, TrainerQuery } from './session-schemas';

export type TrainersAt = (unitPath: string, q: string | undefined) => Promise<TrainerChoice[]>;

export async function trainerChoices(
  db: Db,
  scope: Scope,
  trainersAt: TrainersAt,
  input: TrainerQuery,
): Promise<TrainerChoice[]> {
  const course = await db.course.findFirst({
    where: { id: input.courseId, ...scope.ownedWhere('training.manage') },
    select: { unit: { select: { path: true } } },
  });
  if (!course) throw new AppError('NOT_FOUND', trainingMessage('courseNotFound'));
  return trainersAt(course.unit.path, input.q || undefined);
}
