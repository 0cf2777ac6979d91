// A course's quizzes: each draws so many questions from one of the course's banks per attempt, with a time limit, a
// number of attempts and a pass mark. A draft changes freely; publishing checks the bank has enough active questions
// (under the bank's lock, against a concurrent retirement). A published quiz keeps the terms its learners started
// under (bank, questions per attempt, time limit, pass mark): only its title changes, and its attempts may rise (a
// trainer granting another try). Closing stops new attempts; attempts under way may still be submitted in their
// time, and a closed quiz may be published again.
import { type Actor, AppError, conflict, fieldError, recordAudit, type Scope, toIso } from '@strata/api';
import type { QuizStatus } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import type { NewQuiz, QuizChanges, QuizRow } from './quiz-schemas';
import { quizInScope } from './quiz-scope';
import { lockBank } from './quizzes.sql';

const manage = 'training.manage';

/** The course's quizzes, oldest first. */
export async function listQuizzes(db: Db, scope: Scope, courseId: number): Promise<QuizRow[]> {
  const course = await courseInScope(db, scope, manage, courseId);
  const quizzes = await db.quiz.findMany({
    where: { courseId: course.id, ...scope.ownedWhere(manage) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { bank: { select: { name: true } } },
  });
  return quizzes.map((q) => ({
    id: q.id,
    courseId: q.courseId,
    bankId: q.bankId,
    bankName: q.bank.name,
    title: q.title,
    questionCount: q.questionCount,
    timeLimitMinutes: q.timeLimitMinutes,
    attemptsAllowed: q.attemptsAllowed,
    passScore: q.passScore,
    status: q.status as QuizStatus,
    createdAt: toIso(q.createdAt),
  }));
}

/** A bank of the course (another course's bank, or one out of reach, is refused on the field). */
async function courseBank(tx: Tx, scope: Scope, courseId: number, bankId: number) {
  const bank = await tx.questionBank.findFirst({ where: { id: bankId, ...scope.ownedWhere(manage) } });
  if (!bank || bank.courseId !== courseId) throw fieldError('bankId', trainingMessage('quizBankOtherCourse'));
  return bank;
}

const termsOf = (q: QuizChanges | NewQuiz) => ({
  bankId: q.bankId,
  title: q.title,
  questionCount: q.questionCount,
  timeLimitMinutes: q.timeLimitMinutes,
  attemptsAllowed: q.attemptsAllowed,
  passScore: q.passScore,
});
type Terms = ReturnType<typeof termsOf>;
const termKeys = ['bankId', 'title', 'questionCount', 'timeLimitMinutes', 'attemptsAllowed', 'passScore'] as const;
/** Fixed once published: what the attempts already taken were drawn, timed and marked by. */
const publishedFixed = ['bankId', 'questionCount', 'timeLimitMinutes', 'passScore'] as const;

export async function createQuiz(tx: Tx, { scope, actorId }: Actor, input: NewQuiz) {
  const course = await courseInScope(tx, scope, manage, input.courseId);
  await courseBank(tx, scope, course.id, input.bankId);
  const terms = termsOf(input);
  const quiz = await tx.quiz.create({
    data: { unitId: course.unitId, courseId: course.id, ...terms, status: 'draft' },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    unitId: course.unitId,
    action: 'quiz.create',
    entity: 'Quiz',
    entityId: quiz.id,
    label: input.title,
    after: { courseId: course.id, ...terms },
  });
  return { id: quiz.id };
}

export async function updateQuiz(tx: Tx, { scope, actorId }: Actor, input: QuizChanges) {
  const quiz = await quizInScope(tx, scope, manage, input.id);
  const was: Terms = termsOf(quiz);
  const next = termsOf(input);
  const changed = termKeys.filter((k) => was[k] !== next[k]);
  if (!changed.length) return { id: quiz.id };
  if (quiz.status !== 'draft') {
    const fixed = publishedFixed.find((k) => changed.includes(k));
    if (fixed) throw conflict(trainingMessage('quizTermsFixed'), fixed);
    if (next.attemptsAllowed < was.attemptsAllowed)
      throw fieldError('attemptsAllowed', trainingMessage('quizAttemptsLowered'), { count: was.attemptsAllowed });
  } else if (changed.includes('bankId')) await courseBank(tx, scope, quiz.courseId, next.bankId);
  await tx.quiz.updateMany({
    where: { id: quiz.id, status: quiz.status, ...scope.ownedWhere(manage) },
    data: Object.fromEntries(changed.map((k) => [k, next[k]])),
  });
  await recordAudit(tx, {
    actorId,
    unitId: quiz.unitId,
    action: 'quiz.update',
    entity: 'Quiz',
    entityId: quiz.id,
    label: next.title,
    before: Object.fromEntries(changed.map((k) => [k, was[k]])),
    after: Object.fromEntries(changed.map((k) => [k, next[k]])),
  });
  return { id: quiz.id };
}

export async function publishQuiz(tx: Tx, { scope, actorId }: Actor, id: number) {
  const quiz = await quizInScope(tx, scope, manage, id);
  await lockBank(tx, quiz.bankId);
  if (quiz.status === 'published') throw new AppError('CONFLICT', trainingMessage('quizAlreadyPublished'));
  const active = await tx.question.count({
    where: { bankId: quiz.bankId, retiredAt: null, ...scope.ownedWhere(manage) },
  });
  if (active < quiz.questionCount)
    throw fieldError('questionCount', trainingMessage('quizTooFewQuestions'), {
      count: active,
      questionCount: quiz.questionCount,
    });
  const { count } = await tx.quiz.updateMany({
    where: { id: quiz.id, status: quiz.status, ...scope.ownedWhere(manage) },
    data: { status: 'published' },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('quizAlreadyPublished'));
  await recordAudit(tx, {
    actorId,
    unitId: quiz.unitId,
    action: 'quiz.publish',
    entity: 'Quiz',
    entityId: quiz.id,
    label: quiz.title,
    before: { status: quiz.status },
    after: { status: 'published' },
  });
  return { id: quiz.id };
}

export async function closeQuiz(tx: Tx, { scope, actorId }: Actor, id: number) {
  const quiz = await quizInScope(tx, scope, manage, id);
  const { count } = await tx.quiz.updateMany({
    where: { id: quiz.id, status: 'published', ...scope.ownedWhere(manage) },
    data: { status: 'closed' },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('quizNotPublished'));
  await recordAudit(tx, {
    actorId,
    unitId: quiz.unitId,
    action: 'quiz.close',
    entity: 'Quiz',
    entityId: quiz.id,
    label: quiz.title,
    before: { status: 'published' },
    after: { status: 'closed' },
  });
  return { id: quiz.id };
}
