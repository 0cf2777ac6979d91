// One valid call of each quizzes mutation, and the audit entry it must write (tests/services/audit-coverage runs them:
// exactly one entry, its action, actor and unit). Banks, questions and quizzes belong to the course's unit; a learner's
// attempt to the learner's unit.
import { uniqueName } from '../../../../tests/support/factories';
import { addBank, addQuestion, addQuiz, quizOf } from '../support/quizzes';
import { type AuditCase, byEditor, byLearner } from '../support/quizzes-audit';

const terms = { title: '审计测验', questionCount: 1, timeLimitMinutes: 10, attemptsAllowed: 2, passScore: 60 };

export const auditCases: Record<string, AuditCase> = {
  'training.quizzes.createBank': byEditor(
    'quizBank.create',
    1,
    async (_env, { course }) =>
      (c) =>
        c.training.quizzes.createBank({ courseId: course.id, name: uniqueName('审计题库') }),
  ),
  'training.quizzes.renameBank': byEditor('quizBank.rename', 2, async (env, { course }) => {
    const bank = await addBank(env, course);
    return (c) => c.training.quizzes.renameBank({ id: bank.id, name: uniqueName('改名题库') });
  }),
  'training.quizzes.createQuestion': byEditor('quizQuestion.create', 3, async (env, { course }) => {
    const bank = await addBank(env, course);
    return (c) =>
      c.training.quizzes.createQuestion({
        bankId: bank.id,
        kind: 'truefalse',
        stem: '审计判断题',
        answer: true,
        explanation: '',
        points: 1,
      });
  }),
  'training.quizzes.updateQuestion': byEditor('quizQuestion.update', 4, async (env, { course }) => {
    const question = await addQuestion(env, await addBank(env, course), { kind: 'truefalse', answer: true });
    return (c) =>
      c.training.quizzes.updateQuestion({
        id: question.id,
        kind: 'truefalse',
        stem: '改过的审计判断题',
        answer: false,
        explanation: '',
        points: 1,
      });
  }),
  'training.quizzes.retireQuestion': byEditor('quizQuestion.retire', 5, async (env, { course }) => {
    const question = await addQuestion(env, await addBank(env, course), { kind: 'truefalse', answer: true });
    return (c) => c.training.quizzes.retireQuestion({ id: question.id });
  }),
  'training.quizzes.restoreQuestion': byEditor('quizQuestion.restore', 6, async (env, { course }) => {
    const bank = await addBank(env, course);
    const question = await addQuestion(env, bank, { kind: 'truefalse', answer: true, retired: true });
    return (c) => c.training.quizzes.restoreQuestion({ id: question.id });
  }),
  'training.quizzes.create': byEditor('quiz.create', 1, async (env, { course }) => {
    const bank = await addBank(env, course);
    return (c) => c.training.quizzes.create({ courseId: course.id, bankId: bank.id, ...terms });
  }),
  'training.quizzes.update': byEditor('quiz.update', 2, async (env, { course }) => {
    const bank = await addBank(env, course);
    const quiz = await addQuiz(env, bank, { ...terms, status: 'draft' });
    return (c) => c.training.quizzes.update({ id: quiz.id, bankId: bank.id, ...terms, title: '改名的审计测验' });
  }),
  'training.quizzes.publish': byEditor('quiz.publish', 3, async (env, { course }) => {
    const bank = await addBank(env, course);
    await addQuestion(env, bank, { kind: 'truefalse', answer: true });
    const quiz = await addQuiz(env, bank, { ...terms, status: 'draft' });
    return (c) => c.training.quizzes.publish({ id: quiz.id });
  }),
  'training.quizzes.close': byEditor('quiz.close', 4, async (env, { course }) => {
    const quiz = await addQuiz(env, await addBank(env, course), terms);
    return (c) => c.training.quizzes.close({ id: quiz.id });
  }),
  'training.quizzes.start': byLearner('quizAttempt.start', 5, async (env, bundle) => {
    const { quiz } = await quizOf(env, bundle);
    return (c) => c.training.quizzes.start({ quizId: quiz.id });
  }),
  'training.quizzes.submit': byLearner('quizAttempt.submit', 6, async (env, bundle, own) => {
    const { quiz } = await quizOf(env, bundle);
    const { id } = await own.training.quizzes.start({ quizId: quiz.id });
    return (c) => c.training.quizzes.submit({ id, answers: [] });
  }),
};
