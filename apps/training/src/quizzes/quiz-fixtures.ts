// The quizzes area's answers in component tests: rows shaped as the server's procedures give them.
import type { BankDetail, BankRow, EditorQuestion, QuestionStat, QuizDetail, QuizRow, ResultRow } from './quiz-types';

export const unitId = 5;
export const courseId = 3;
export const courseTitle = '网络安全基础';

export const bank = (id: number, overrides: Partial<BankRow> = {}): BankRow => ({
  id,
  courseId,
  name: `题库 ${id}`,
  questions: 12,
  retired: 1,
  createdAt: '2026-03-01T02:00:00.000Z',
  ...overrides,
});

/** One bank as `training.quizzes.bank` answers it: its course's, editable unless the course is archived. */
export const bankDetail = (id: number, overrides: Partial<BankDetail> = {}): BankDetail => ({
  id,
  courseId,
  courseTitle,
  unitId,
  name: `题库 ${id}`,
  questions: 12,
  retired: 1,
  canManage: true,
  ...overrides,
});

export const quiz = (id: number, overrides: Partial<QuizRow> = {}): QuizRow => ({
  id,
  courseId,
  bankId: 7,
  bankName: '题库 7',
  title: `第 ${id} 次测验`,
  questionCount: 10,
  timeLimitMinutes: 30,
  attemptsAllowed: 3,
  passScore: 60,
  status: 'draft',
  createdAt: '2026-03-01T02:00:00.000Z',
  ...overrides,
});

/** One quiz's terms as `training.quizzes.get` answers them, with its course. */
export const quizDetail = (id: number, overrides: Partial<QuizDetail> = {}): QuizDetail => {
  const { createdAt: _, ...row } = quiz(id);
  return { ...row, courseTitle, unitId, ...overrides };
};

export const singleQuestion = (id: number, overrides: Partial<EditorQuestion> = {}): EditorQuestion =>
  ({
    id,
    bankId: 7,
    kind: 'single',
    stem: '弱口令最容易导致哪种风险？',
    options: ['账号被盗用', '网速变慢', '屏幕变暗'],
    answer: 0,
    explanation: '弱口令容易被猜中。',
    points: 2,
    retired: false,
    asked: 0,
    correct: 0,
    createdAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  }) as EditorQuestion;

export const result = (id: number, overrides: Partial<ResultRow> = {}): ResultRow => ({
  id,
  learnerName: `学员${id}`,
  unitId: 9,
  unitName: '城关镇东街社区',
  number: 1,
  status: 'submitted',
  score: 80,
  passed: true,
  startedAt: '2026-04-01T01:00:00.000Z',
  submittedAt: '2026-04-01T01:20:00.000Z',
  ...overrides,
});

export const stat = (questionId: number, overrides: Partial<QuestionStat> = {}): QuestionStat => ({
  questionId,
  kind: 'single',
  stem: `第 ${questionId} 题`,
  retired: false,
  asked: 10,
  correct: 5,
  rate: 50,
  ...overrides,
});
