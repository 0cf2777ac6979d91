// The team's objects looked up through the caller's scope for a permission: one outside it is answered exactly as
// one that does not exist (the same error, the same words).
//
// Two sides see a learner's rows (enrolment, lesson progress, seats, attempts, certificate): the learner's unit owns
// them (`ownedWhere`: its admins, for their staff's training), and the course's unit shares them (`taught`: the
// course's trainers, for their learners of any unit). See docs/training.md.
import { AppError, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { trainingMessage } from '../locales';

/**
 * training.read: the training of the people of the units in scope (their enrolments, progress, scores,
 * certificates; reports and coverage). training.manage: the units' courses (content, versions, question banks,
 * quizzes, classroom sessions). training.teach: the learners of the units' courses, across units (class lists,
 * attendance, results). training.assign: assign courses to people of the units in scope, with a due day.
 */
export type TrainingPermission = 'training.read' | 'training.manage' | 'training.teach' | 'training.assign';

/** A learner's rows as the course's side sees them: shared with the unit running the course. */
export const taught = (scope: Scope, within?: string) => scope.sharedWhere('courseUnit', 'training.teach', within);

export async function courseInScope(db: Db | Tx, scope: Scope, permission: TrainingPermission, id: number) {
  const course = await db.course.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!course) throw new AppError('NOT_FOUND', trainingMessage('courseNotFound'));
  return course;
}

/** An enrolment a trainer of its course may see (training.teach at the course's unit), whatever the learner's unit. */
export async function taughtEnrolment(db: Db | Tx, scope: Scope, id: number) {
  const enrolment = await db.enrolment.findFirst({ where: { id, ...taught(scope) } });
  if (!enrolment) throw new AppError('NOT_FOUND', trainingMessage('enrolmentNotFound'));
  return enrolment;
}
