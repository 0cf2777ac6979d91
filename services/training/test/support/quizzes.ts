// Question banks, questions and quizzes for tests, written straight with the raw client (as the demo would leave
// them), and a learner's answers worked out from the keys (the test reads what the browser never gets).
import type { Course } from '@strata/db';
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { readDrawn } from '../../src/quizzes/draw';
import { type KeyedQuestion, readKey, storedQuestion } from '../../src/quizzes/question-rules';
import type { CourseBundle } from './training';

export const addBank = (env: TestEnv, course: Pick<Course, 'id' | 'unitId'>, name = uniqueName('题库')) =>
  env.db.questionBank.create({ data: { unitId: course.unitId, courseId: course.id, name } });

export type QuestionSpec = KeyedQuestion & { stem?: string; explanation?: string; points?: number; retired?: boolean };

export const addQuestion = (env: TestEnv, bank: { id: number; unitId: number }, spec: QuestionSpec) =>
  env.db.question.create({
    data: {
      unitId: bank.unitId,
      bankId: bank.id,
      ...storedQuestion(spec),
      stem: spec.stem ?? uniqueName('题干'),
      explanation: spec.explanation ?? '',
      points: spec.points ?? 1,
      retiredAt: spec.retired ? new Date() : null,
    },
  });

/** One question of each kind: single (right: B), multiple (right: A and C), true/false (false), blank (119). */
export const fourKinds = (): QuestionSpec[] => [
  { kind: 'single', options: ['A', 'B', 'C', 'D'], answer: 1, stem: uniqueName('单选') },
  { kind: 'multiple', options: ['A', 'B', 'C'], answer: [0, 2], stem: uniqueName('多选') },
  { kind: 'truefalse', answer: false, stem: uniqueName('判断') },
  { kind: 'blank', answer: ['119', '火警电话'], stem: uniqueName('填空') },
];

export type QuizOptions = {
  title?: string;
  questionCount?: number;
  timeLimitMinutes?: number;
  attemptsAllowed?: number;
  passScore?: number;
  status?: 'draft' | 'published' | 'closed';
};

export const addQuiz = (env: TestEnv, bank: { id: number; unitId: number; courseId: number }, opts: QuizOptions = {}) =>
  env.db.quiz.create({
    data: {
      unitId: bank.unitId,
      courseId: bank.courseId,
      bankId: bank.id,
      title: opts.title ?? uniqueName('测验'),
      questionCount: opts.questionCount ?? 4,
      timeLimitMinutes: opts.timeLimitMinutes ?? 30,
      attemptsAllowed: opts.attemptsAllowed ?? 3,
      passScore: opts.passScore ?? 60,
      status: opts.status ?? 'published',
    },
  });

/** A bank of the course with `questions` (the four kinds by default) and a published quiz drawing all of them. */
export async function quizOf(
  env: TestEnv,
  bundle: CourseBundle,
  opts: QuizOptions & { questions?: QuestionSpec[] } = {},
) {
  const bank = await addBank(env, bundle.course);
  const specs = opts.questions ?? fourKinds();
  const questions = [];
  for (const spec of specs) questions.push(await addQuestion(env, bank, spec));
  const quiz = await addQuiz(env, bank, { questionCount: specs.length, ...opts });
  return { bank, questions, quiz };
}

export type Answer = { questionId: number; given: number[] | boolean | string };

/**
 * Answers for the attempt's drawn questions, from their keys and the attempt's order of options: `right` answers
 * every question rightly; `wrong` wrongly (a wrong option, the other truth value, a wrong text); `partial` answers a
 * multiple choice with one right option only and the rest rightly.
 */
export async function answersFor(
  env: TestEnv,
  attemptId: number,
  mode: 'right' | 'wrong' | 'partial',
): Promise<Answer[]> {
  const attempt = await env.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const answers: Answer[] = [];
  for (const d of readDrawn(attempt.drawn)) {
    const q = await env.db.question.findUniqueOrThrow({ where: { id: d.q } });
    const key = readKey(q.kind, q.answer);
    const shown = (stored: number[]) => d.o.flatMap((s, i) => (stored.includes(s) ? [i] : []));
    switch (key.kind) {
      case 'single':
      case 'multiple': {
        const right = shown(key.right);
        const wrong = d.o.flatMap((s, i) => (key.right.includes(s) ? [] : [i]));
        const given =
          mode === 'wrong'
            ? [wrong[0] as number]
            : mode === 'partial' && key.kind === 'multiple'
              ? right.slice(0, 1)
              : right;
        answers.push({ questionId: q.id, given });
        break;
      }
      case 'truefalse':
        answers.push({ questionId: q.id, given: mode === 'wrong' ? !key.right : key.right });
        break;
      case 'blank':
        answers.push({
          questionId: q.id,
          given: mode === 'wrong' ? '不知道' : ` ${(key.accepted[0] ?? '').toUpperCase()} `,
        });
        break;
    }
  }
  return answers;
}
