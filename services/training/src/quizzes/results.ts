// What a course's trainers read of a quiz (training.teach at the course's unit): its attempts across the learners'
// units (the rows shared with the course's side, `taught(scope)`: the learner's name as the enrolment keeps it, their
// unit's name, the figures, nothing else of them), and each question's kept counters (asked, answered rightly),
// counted by grading rather than by reading every attempt.
import { type Scope, toIso } from '@strata/api';
import { type AttemptStatus, type QuestionKind, trainingLimits } from '@strata/contract';
import type { Db, Prisma } from '@strata/db';
import { taught } from '../common/in-scope';
import { statusAt } from './attempt-views';
import type { QuestionStat, ResultFilter, ResultRow } from './quiz-schemas';
import { quizInScope } from './quiz-scope';

const teach = 'training.teach';

/** The attempts an attempt status filter means at `now`: an open attempt past its deadline and grace is expired. */
function statusWhere(status: AttemptStatus | undefined, now: Date): Prisma.QuizAttemptWhereInput {
  const overdue = new Date(now.getTime() - trainingLimits.submissionGraceSeconds * 1000);
  switch (status) {
    case 'open':
      return { status: 'open', dueAt: { gte: overdue } };
    case 'expired':
      return { OR: [{ status: 'expired' }, { status: 'open', dueAt: { lt: overdue } }] };
    case 'submitted':
      return { status: 'submitted' };
    default:
      return {};
  }
}

function orderOf({ sort, order }: ResultFilter): Prisma.QuizAttemptOrderByWithRelationInput[] {
  switch (sort) {
    case 'score':
      return [{ score: { sort: order, nulls: 'last' } }, { id: order }];
    case 'startedAt':
      return [{ startedAt: order }, { id: order }];
    case 'learnerName':
      return [{ enrolment: { learnerName: order } }, { number: 'asc' }, { id: 'asc' }];
    default:
      return [{ submittedAt: { sort: order, nulls: 'last' } }, { id: order }];
  }
}

/** A page of the quiz's attempts, filtered by status and sorted. */
export async function quizResults(db: Db, scope: Scope, input: ResultFilter, now: Date) {
  const quiz = await quizInScope(db, scope, teach, input.quizId);
  const where: Prisma.QuizAttemptWhereInput = {
    quizId: quiz.id,
    ...statusWhere(input.status, now),
    ...taught(scope),
  };
  const [rows, total] = await Promise.all([
    db.quizAttempt.findMany({
      where,
      orderBy: orderOf(input),
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      include: { enrolment: { select: { learnerName: true } }, unit: { select: { name: true } } },
    }),
    db.quizAttempt.count({ where }),
  ]);
  const items: ResultRow[] = rows.map((a) => {
    const status = statusAt(a, now);
    return {
      id: a.id,
      learnerName: a.enrolment.learnerName,
      unitId: a.unitId,
      unitName: a.unit.name,
      number: a.number,
      status,
      score: a.score,
      passed: status === 'submitted' && a.score !== null && a.score >= quiz.passScore,
      startedAt: toIso(a.startedAt),
      submittedAt: toIso(a.submittedAt),
    };
  });
  return { items, total, totalIsBound: false };
}

/** Every question of the quiz's bank with its counters, in the order they were added. */
export async function questionStats(db: Db, scope: Scope, quizId: number): Promise<QuestionStat[]> {
  const quiz = await quizInScope(db, scope, teach, quizId);
  const questions = await db.question.findMany({
    where: { bankId: quiz.bankId, ...scope.ownedWhere(teach) },
    orderBy: { id: 'asc' },
    select: { id: true, kind: true, stem: true, retiredAt: true, asked: true, correct: true },
  });
  return questions.map((q) => ({
    questionId: q.id,
    kind: q.kind as QuestionKind,
    stem: q.stem,
    retired: q.retiredAt !== null,
    asked: q.asked,
    correct: q.correct,
    rate: q.asked > 0 ? Math.round((q.correct * 100) / q.asked) : null,
  }));
}
