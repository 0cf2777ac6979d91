// One bank, and one quiz, as their pages open them. A bank is its editors' (training.manage at the course's unit),
// with its questions counted; a quiz is read by the course's trainers too (training.teach: its results page), with its
// terms and its bank's name, never a question or a key. Banks and quizzes are owned by the course's unit: one out of
// reach answers exactly as a missing one.
import { AppError, type Scope } from '@strata/api';
import type { QuizStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { trainingMessage } from '../locales';
import type { BankDetail, QuizDetail } from './quiz-schemas';

const manage = 'training.manage';

export async function bankDetail(db: Db, scope: Scope, id: number): Promise<BankDetail> {
  const bank = await db.questionBank.findFirst({
    where: { id, ...scope.ownedWhere(manage) },
    include: { course: { select: { title: true, status: true } }, unit: { select: { path: true } } },
  });
  if (!bank) throw new AppError('NOT_FOUND', trainingMessage('quizBankNotFound'));
  const [all, retired] = await Promise.all([
    db.question.count({ where: { bankId: bank.id, ...scope.ownedWhere(manage) } }),
    db.question.count({ where: { bankId: bank.id, retiredAt: { not: null }, ...scope.ownedWhere(manage) } }),
  ]);
  return {
    id: bank.id,
    courseId: bank.courseId,
    courseTitle: bank.course.title,
    unitId: bank.unitId,
    name: bank.name,
    questions: all - retired,
    retired,
    // As the course's page says: an archived course's banks are read, not edited.
    canManage: scope.covers(manage, bank.unit.path) && bank.course.status !== 'archived',
  };
}

export async function quizDetail(db: Db, scope: Scope, id: number): Promise<QuizDetail> {
  const quiz = await db.quiz.findFirst({
    where: { id, ...scope.ownedWhere('training.teach') },
    include: { course: { select: { title: true } }, bank: { select: { name: true } } },
  });
  if (!quiz) throw new AppError('NOT_FOUND', trainingMessage('quizNotFound'));
  return {
    id: quiz.id,
    courseId: quiz.courseId,
    courseTitle: quiz.course.title,
    unitId: quiz.unitId,
    bankId: quiz.bankId,
    bankName: quiz.bank.name,
    title: quiz.title,
    questionCount: quiz.questionCount,
    timeLimitMinutes: quiz.timeLimitMinutes,
    attemptsAllowed: quiz.attemptsAllowed,
    passScore: quiz.passScore,
    status: quiz.status as QuizStatus,
  };
}
