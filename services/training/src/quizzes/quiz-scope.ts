// The quizzes area's objects looked up through the caller's scope for a permission: one outside it is answered
// exactly as one that does not exist. Banks, questions and quizzes are owned by the course's unit.
import { AppError, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { TrainingPermission } from '../common/in-scope';
import { trainingMessage } from '../locales';

export async function bankInScope(db: Db | Tx, scope: Scope, permission: TrainingPermission, id: number) {
  const bank = await db.questionBank.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!bank) throw new AppError('NOT_FOUND', trainingMessage('quizBankNotFound'));
  return bank;
}

export async function questionInScope(db: Db | Tx, scope: Scope, permission: TrainingPermission, id: number) {
  const question = await db.question.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!question) throw new AppError('NOT_FOUND', trainingMessage('quizQuestionNotFound'));
  return question;
}

export async function quizInScope(db: Db | Tx, scope: Scope, permission: TrainingPermission, id: number) {
  const quiz = await db.quiz.findFirst({ where: { id, ...scope.ownedWhere(permission) } });
  if (!quiz) throw new AppError('NOT_FOUND', trainingMessage('quizNotFound'));
  return quiz;
}
