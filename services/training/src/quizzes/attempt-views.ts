// An attempt as its learner sees it. While it is being taken: the drawn questions with their options in the attempt's
// order, and nothing of the key (the rows are read without the key's and the explanation's columns, so no later change
// of this file can send them by mistake). Once submitted: each question with the learner's answer, the right one and
// the explanation.
import { toIso } from '@strata/api';
import type { AttemptStatus, QuestionKind } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import { type Drawn, readDrawn } from './draw';
import { type Given, pastDeadline, shownKey } from './grading';
import { readKey, readOptions } from './question-rules';
import type { AskedQuestion, AttemptReview, AttemptView, ReviewedQuestion } from './quiz-schemas';

export type AttemptRow = {
  id: number;
  quizId: number;
  number: number;
  status: string;
  startedAt: Date;
  dueAt: Date;
  drawn: string;
  answers: string;
  submittedAt: Date | null;
  score: number | null;
  correctCount: number | null;
};
type QuizFacts = { title: string; passScore: number };

/** The status an attempt reads as at `now`: an open one past its deadline (and the grace) is expired. */
export const statusAt = (attempt: { status: string; dueAt: Date }, now: Date): AttemptStatus =>
  attempt.status === 'open' && pastDeadline(attempt.dueAt, now) ? 'expired' : (attempt.status as AttemptStatus);

const choicesOf = (options: string, order: readonly number[]) => {
  const stored = readOptions(options);
  return order.map((i) => stored[i] ?? '');
};

/** The drawn questions, in the attempt's order, without their keys. */
async function askedQuestions(db: Db | Tx, drawn: Drawn[]): Promise<AskedQuestion[]> {
  const rows = await db.question.findMany({
    where: { id: { in: drawn.map((d) => d.q) } },
    select: { id: true, kind: true, stem: true, options: true, points: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return drawn.flatMap((d) => {
    const q = byId.get(d.q);
    if (!q) return [];
    return [
      {
        questionId: q.id,
        kind: q.kind as QuestionKind,
        stem: q.stem,
        choices: choicesOf(q.options, d.o),
        points: q.points,
      },
    ];
  });
}

/** The attempt being taken: its questions while open at `now`, none once submitted or expired. */
export async function attemptView(db: Db | Tx, attempt: AttemptRow, quiz: QuizFacts, now: Date): Promise<AttemptView> {
  const status = statusAt(attempt, now);
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    quizTitle: quiz.title,
    number: attempt.number,
    startedAt: toIso(attempt.startedAt),
    dueAt: toIso(attempt.dueAt),
    secondsLeft: status === 'open' ? Math.max(0, Math.ceil((attempt.dueAt.getTime() - now.getTime()) / 1000)) : 0,
    status,
    questions: status === 'open' ? await askedQuestions(db, readDrawn(attempt.drawn)) : [],
  };
}

/** One graded answer as stored in `QuizAttempt.answers`, in the attempt's order. */
export type StoredAnswer = { q: number; given: Given; right: boolean };

export function readAnswers(text: string): Map<number, StoredAnswer> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return new Map();
  }
  if (!Array.isArray(value)) return new Map();
  return new Map(
    value.flatMap((a) =>
      a && typeof a === 'object' && Number.isInteger(a.q) ? [[a.q as number, a as StoredAnswer] as const] : [],
    ),
  );
}

/** A submitted attempt with every question's answer, right answer and explanation. */
export async function attemptReview(db: Db | Tx, attempt: AttemptRow, quiz: QuizFacts): Promise<AttemptReview> {
  const drawn = readDrawn(attempt.drawn);
  const answers = readAnswers(attempt.answers);
  const rows = await db.question.findMany({ where: { id: { in: drawn.map((d) => d.q) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const questions: ReviewedQuestion[] = drawn.flatMap((d) => {
    const q = byId.get(d.q);
    if (!q) return [];
    const answered = answers.get(q.id);
    return [
      {
        questionId: q.id,
        kind: q.kind as QuestionKind,
        stem: q.stem,
        choices: choicesOf(q.options, d.o),
        points: q.points,
        given: answered?.given ?? null,
        answer: shownKey(readKey(q.kind, q.answer), d.o),
        right: answered?.right ?? false,
        explanation: q.explanation,
      },
    ];
  });
  const score = attempt.score ?? 0;
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    quizTitle: quiz.title,
    number: attempt.number,
    status: 'submitted',
    startedAt: toIso(attempt.startedAt),
    submittedAt: toIso(attempt.submittedAt ?? attempt.dueAt),
    score,
    passScore: quiz.passScore,
    passed: score >= quiz.passScore,
    correctCount: attempt.correctCount ?? 0,
    questions,
  };
}
