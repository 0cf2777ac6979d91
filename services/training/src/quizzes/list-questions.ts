// A bank's questions as its editors read them: with the answer key and the kept statistics (asked, answered rightly).
// Only `training.manage` at the course's unit reads this; learners never reach it.
import { type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import { keyedQuestion } from './question-rules';
import type { EditorQuestion, QuestionFilter } from './quiz-schemas';
import { bankInScope } from './quiz-scope';

const manage = 'training.manage';

type QuestionRow = {
  id: number;
  bankId: number;
  kind: string;
  stem: string;
  options: string;
  answer: string;
  explanation: string;
  points: number;
  retiredAt: Date | null;
  asked: number;
  correct: number;
  createdAt: Date;
};

/** The question as its editor reads it: the form's shape, and its facts. */
export function editorQuestion(q: QuestionRow): EditorQuestion {
  const facts = {
    id: q.id,
    bankId: q.bankId,
    stem: q.stem,
    explanation: q.explanation,
    points: q.points,
    retired: q.retiredAt !== null,
    asked: q.asked,
    correct: q.correct,
    createdAt: toIso(q.createdAt),
  };
  const keyed = keyedQuestion(q);
  switch (keyed.kind) {
    case 'single':
      return { ...facts, kind: 'single', options: keyed.options, answer: keyed.answer };
    case 'multiple':
      return { ...facts, kind: 'multiple', options: keyed.options, answer: keyed.answer };
    case 'truefalse':
      return { ...facts, kind: 'truefalse', answer: keyed.answer };
    case 'blank':
      return { ...facts, kind: 'blank', answer: keyed.answer };
  }
}

/** A page of the bank's questions in the order they were added, filtered by kind and retirement. */
export async function listQuestions(db: Db, scope: Scope, input: QuestionFilter) {
  const bank = await bankInScope(db, scope, manage, input.bankId);
  const where = {
    bankId: bank.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.retired === undefined ? {} : { retiredAt: input.retired ? { not: null } : null }),
    ...scope.ownedWhere(manage),
  };
  const [rows, total] = await Promise.all([
    db.question.findMany({
      where,
      orderBy: { id: 'asc' },
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.question.count({ where }),
  ]);
  return { items: rows.map(editorQuestion), total, totalIsBound: false };
}
