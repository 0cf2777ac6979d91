// A bank's questions, written by those who manage the course's unit. Once an attempt has drawn a question, the terms
// it was drawn and graded under (kind, number of options, key, points) stay as they were (question-rules.ts says
// why); the wording may still be corrected. A retired question is drawn no more, and the attempts that drew it still
// grade and show it; a question a published quiz needs to fill its draw cannot be retired.
import { type Actor, AppError, conflict, recordAudit, type Scope } from '@strata/api';
import { literalContains, type Tx } from '@strata/db';
import { trainingMessage } from '../locales';
import { drawnMark } from './draw';
import { choiceCount, fixedChanges, readOptions, storedQuestion } from './question-rules';
import type { NewQuestion, QuestionChanges } from './quiz-schemas';
import { bankInScope, questionInScope } from './quiz-scope';
import { lockBank } from './quizzes.sql';

const manage = 'training.manage';

/** The audit label of a question: the start of its stem. */
const labelOf = (stem: string) => (stem.length > 60 ? `${stem.slice(0, 60)}…` : stem);

/** What the audit log keeps of a question: never its key (the log's readers may be learners of the course). */
const auditImage = (q: { kind: string; stem: string; options: string; points: number }) => ({
  kind: q.kind,
  stem: q.stem,
  optionCount: choiceCount(q),
  points: q.points,
});

function storedOf(input: NewQuestion | QuestionChanges) {
  const { kind, options, answer } = storedQuestion(input);
  return { kind, options, answer, stem: input.stem, explanation: input.explanation, points: input.points };
}

export async function createQuestion(tx: Tx, { scope, actorId }: Actor, input: NewQuestion) {
  const bank = await bankInScope(tx, scope, manage, input.bankId);
  const stored = storedOf(input);
  const question = await tx.question.create({
    data: { unitId: bank.unitId, bankId: bank.id, ...stored },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    unitId: bank.unitId,
    action: 'quizQuestion.create',
    entity: 'Question',
    entityId: question.id,
    label: labelOf(stored.stem),
    after: { bankId: bank.id, ...auditImage(stored) },
  });
  return { id: question.id };
}

/** Whether any attempt (open, submitted or expired) drew the question: only attempts at quizzes on its bank can. */
async function everDrawn(
  tx: Tx,
  scope: Scope,
  question: { id: number; bankId: number; asked: number },
): Promise<boolean> {
  if (question.asked > 0) return true;
  const quizzes = await tx.quiz.findMany({
    where: { bankId: question.bankId, ...scope.ownedWhere(manage) },
    select: { id: true },
  });
  if (!quizzes.length) return false;
  const attempt = await tx.quizAttempt.findFirst({
    where: {
      quizId: { in: quizzes.map((q) => q.id) },
      drawn: { contains: literalContains(drawnMark(question.id)) },
      // The attempts at the course's quizzes, whichever unit their learners are of (the question's own unit runs it).
      ...scope.sharedWhere('courseUnit', manage),
    },
    select: { id: true },
  });
  return attempt !== null;
}

export async function updateQuestion(tx: Tx, { scope, actorId }: Actor, input: QuestionChanges) {
  const was = await questionInScope(tx, scope, manage, input.id);
  const next = storedOf(input);
  const fixed = fixedChanges(was, next);
  if (fixed.length && (await everDrawn(tx, scope, was)))
    throw conflict(trainingMessage('quizAnswerKeyFixed'), fixed[0]);
  const before = auditImage(was);
  const after = auditImage(next);
  const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
  const textsChanged = JSON.stringify(readOptions(was.options)) !== JSON.stringify(readOptions(next.options));
  const keyChanged = was.answer !== next.answer;
  const explanationChanged = was.explanation !== next.explanation;
  if (!changed.length && !textsChanged && !keyChanged && !explanationChanged) return { id: was.id };
  await tx.question.updateMany({ where: { id: was.id, ...scope.ownedWhere(manage) }, data: next });
  await recordAudit(tx, {
    actorId,
    unitId: was.unitId,
    action: 'quizQuestion.update',
    entity: 'Question',
    entityId: was.id,
    label: labelOf(next.stem),
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: {
      ...Object.fromEntries(changed.map((k) => [k, after[k]])),
      ...(textsChanged ? { options: readOptions(next.options) } : {}),
      ...(keyChanged ? { keyChanged: true } : {}),
      ...(explanationChanged ? { explanationChanged: true } : {}),
    },
  });
  return { id: was.id };
}

export async function retireQuestion(tx: Tx, { scope, actorId, now }: Actor, id: number) {
  const question = await questionInScope(tx, scope, manage, id);
  await lockBank(tx, question.bankId);
  if (question.retiredAt) throw new AppError('CONFLICT', trainingMessage('quizQuestionRetired'));
  // The published quizzes on the bank each draw their count from its active questions: keep enough for the largest.
  const [needing, active] = await Promise.all([
    tx.quiz.findFirst({
      where: { bankId: question.bankId, status: 'published', ...scope.ownedWhere(manage) },
      orderBy: [{ questionCount: 'desc' }, { id: 'asc' }],
      select: { title: true, questionCount: true },
    }),
    tx.question.count({ where: { bankId: question.bankId, retiredAt: null, ...scope.ownedWhere(manage) } }),
  ]);
  if (needing && active - 1 < needing.questionCount)
    throw new AppError('CONFLICT', trainingMessage('quizQuestionNeeded'), {
      title: needing.title,
      count: needing.questionCount,
    });
  const { count } = await tx.question.updateMany({
    where: { id: question.id, retiredAt: null, ...scope.ownedWhere(manage) },
    data: { retiredAt: now },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('quizQuestionRetired'));
  await recordAudit(tx, {
    actorId,
    unitId: question.unitId,
    action: 'quizQuestion.retire',
    entity: 'Question',
    entityId: question.id,
    label: labelOf(question.stem),
    before: { retired: false },
    after: { retired: true },
  });
  return { id: question.id };
}

export async function restoreQuestion(tx: Tx, { scope, actorId }: Actor, id: number) {
  const question = await questionInScope(tx, scope, manage, id);
  const { count } = await tx.question.updateMany({
    where: { id: question.id, retiredAt: { not: null }, ...scope.ownedWhere(manage) },
    data: { retiredAt: null },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('quizQuestionNotRetired'));
  await recordAudit(tx, {
    actorId,
    unitId: question.unitId,
    action: 'quizQuestion.restore',
    entity: 'Question',
    entityId: question.id,
    label: labelOf(question.stem),
    before: { retired: true },
    after: { retired: false },
  });
  return { id: question.id };
}
