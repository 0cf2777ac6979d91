// Scope cases of quizzes. In each own township where the caller manages training, a branch's course has its banks,
// questions and quizzes listed, made, changed, published, closed, retired and restored with the right result; where it
// teaches, a quiz's results (a learner of 东湖街道 among them: shared with the course's side) and question statistics
// are read. For 东湖街道 (and where the caller's grant carries no training permission) the same calls answer exactly as
// for a missing course, bank, question or quiz, and change nothing. A learner's own side works on the caller's own
// enrolment only: another course's quiz and another learner's attempt answer as missing ones.
import type { Unit, User } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addBank, addQuestion, addQuiz, answersFor, quizOf } from '../support/quizzes';
import { addCourse, addEnrolment, addLearner } from '../support/training';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const courseAt = (t: ScopeTest, p: Place) => addCourse(t.env, branchOf(p).id, { lessons: 0 });
/** A bank of a course of the place, with two true/false questions. */
async function bankAt(t: ScopeTest, p: Place) {
  const { course } = await courseAt(t, p);
  const bank = await addBank(t.env, course);
  const questions = [
    await addQuestion(t.env, bank, { kind: 'truefalse', answer: true }),
    await addQuestion(t.env, bank, { kind: 'truefalse', answer: false }),
  ];
  return { course, bank, questions };
}
const quizRow = (t: ScopeTest, id: number) => t.env.db.quiz.findUniqueOrThrow({ where: { id } });
const questionRow = (t: ScopeTest, id: number) => t.env.db.question.findUniqueOrThrow({ where: { id } });
const terms = { title: '结业测验', questionCount: 2, timeLimitMinutes: 20, attemptsAllowed: 2, passScore: 60 };

/** A change of training.manage both ways: on an own branch's row made, on a foreign one refused as on a missing id. */
function manageCase<R>(
  make: (t: ScopeTest, p: Place) => Promise<R>,
  take: (t: ScopeTest, row: R | null) => Promise<unknown>,
  check: (t: ScopeTest, row: R, answer: unknown) => Promise<void>,
  unchanged: (t: ScopeTest, row: R) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const row = await make(t, p);
        await check(t, row, await take(t, row));
      },
      async (p) => {
        const row = await make(t, p);
        await expectHidden(take(t, row), take(t, null));
        await unchanged(t, row);
      },
    );
}

/** The caller as a learner: enrolled in a course of their first own township's branch, with a published quiz. */
async function ownQuiz(t: ScopeTest) {
  const bundle = await courseAt(t, t.places[0] as Place);
  const me = (await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } })) as User;
  const enrolment = await addEnrolment(t.env, bundle, me);
  const { quiz } = await quizOf(t.env, bundle, { questions: [{ kind: 'truefalse', answer: true }] });
  return { bundle, enrolment, quiz };
}

/** A published quiz of a course of the place. */
async function quizAt(t: ScopeTest, p: Place) {
  const bundle = await courseAt(t, p);
  const { quiz } = await quizOf(t.env, bundle, { questions: [{ kind: 'truefalse', answer: true }] });
  return { bundle, quiz };
}

/** A learner of `unitId` enrolled in the quiz's course, and their attempt at it (open, or submitted). */
async function attemptBy(t: ScopeTest, made: Awaited<ReturnType<typeof quizAt>>, unitId: number, submitted: boolean) {
  const learner = await addLearner(t.env, unitId);
  const enrolment = await addEnrolment(t.env, made.bundle, learner);
  const now = new Date();
  const attempt = await t.env.db.quizAttempt.create({
    data: {
      unitId: enrolment.unitId,
      courseUnitId: enrolment.courseUnitId,
      quizId: made.quiz.id,
      enrolmentId: enrolment.id,
      number: 1,
      status: submitted ? 'submitted' : 'open',
      startedAt: now,
      dueAt: new Date(now.getTime() + 3_600_000),
      drawn: JSON.stringify([]),
      ...(submitted ? { submittedAt: now, score: 0, correctCount: 0 } : {}),
    },
  });
  return { learner, attempt };
}

/** Another learner's attempt at a quiz of a course of the place. */
const theirAttempt = async (t: ScopeTest, p: Place, submitted = false) =>
  (await attemptBy(t, await quizAt(t, p), branchOf(p).id, submitted)).attempt;

/** A learner's procedure on another learner's attempt (in an own township and in 东湖街道) answers as a missing one. */
async function othersHidden(t: ScopeTest, call: (id: number) => Promise<unknown>, submitted = false) {
  for (const p of [t.places[0] as Place, t.foreign]) {
    const attempt = await theirAttempt(t, p, submitted);
    await expectHidden(call(attempt.id), call(missing), ['NOT_FOUND']);
    expect(await t.env.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toEqual(attempt);
  }
}

export const scopeCases: Record<string, ScopeCase> = {
  'training.quizzes.banks': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { course, bank } = await bankAt(t, p);
        expect(await t.a.training.quizzes.banks({ courseId: course.id })).toEqual([
          expect.objectContaining({ id: bank.id, name: bank.name, questions: 2, retired: 0 }),
        ]);
      },
      async (p) => {
        const { course } = await bankAt(t, p);
        await expectHidden(
          t.a.training.quizzes.banks({ courseId: course.id }),
          t.a.training.quizzes.banks({ courseId: missing }),
        );
      },
    ),

  'training.quizzes.bank': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { course, bank } = await bankAt(t, p);
        expect(await t.a.training.quizzes.bank({ id: bank.id })).toEqual({
          id: bank.id,
          courseId: course.id,
          courseTitle: course.title,
          unitId: branchOf(p).id,
          name: bank.name,
          questions: 2,
          retired: 0,
          canManage: true,
        });
      },
      async (p) => {
        const { bank } = await bankAt(t, p);
        await expectHidden(t.a.training.quizzes.bank({ id: bank.id }), t.a.training.quizzes.bank({ id: missing }));
      },
    ),

  'training.quizzes.createBank': manageCase(
    async (t, p) => (await courseAt(t, p)).course,
    (t, course) => t.a.training.quizzes.createBank({ courseId: course?.id ?? missing, name: uniqueName('题库') }),
    async (t, course, answer) => {
      const bank = await t.env.db.questionBank.findUniqueOrThrow({ where: { id: (answer as { id: number }).id } });
      expect(bank).toMatchObject({ courseId: course.id, unitId: course.unitId });
    },
    async (t, course) => expect(await t.env.db.questionBank.count({ where: { courseId: course.id } })).toBe(0),
  ),

  'training.quizzes.renameBank': manageCase(
    async (t, p) => (await bankAt(t, p)).bank,
    (t, bank) => t.a.training.quizzes.renameBank({ id: bank?.id ?? missing, name: `${t.tag}改名题库` }),
    async (t, bank) =>
      expect(await t.env.db.questionBank.findUniqueOrThrow({ where: { id: bank.id } })).toMatchObject({
        name: `${t.tag}改名题库`,
      }),
    async (t, bank) => expect(await t.env.db.questionBank.findUniqueOrThrow({ where: { id: bank.id } })).toEqual(bank),
  ),

  'training.quizzes.questions': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { bank, questions } = await bankAt(t, p);
        const page = await t.a.training.quizzes.questions({ bankId: bank.id, page: 1, pageSize: 20 });
        expect(page.items.map((q) => [q.id, q.answer])).toEqual(questions.map((q) => [q.id, JSON.parse(q.answer)]));
      },
      async (p) => {
        const { bank } = await bankAt(t, p);
        await expectHidden(
          t.a.training.quizzes.questions({ bankId: bank.id, page: 1, pageSize: 20 }),
          t.a.training.quizzes.questions({ bankId: missing, page: 1, pageSize: 20 }),
        );
      },
    ),

  'training.quizzes.createQuestion': manageCase(
    async (t, p) => (await bankAt(t, p)).bank,
    (t, bank) =>
      t.a.training.quizzes.createQuestion({
        bankId: bank?.id ?? missing,
        kind: 'blank',
        stem: '火警电话',
        answer: ['119'],
        explanation: '',
        points: 1,
      }),
    async (t, bank, answer) =>
      expect(await questionRow(t, (answer as { id: number }).id)).toMatchObject({ bankId: bank.id, answer: '["119"]' }),
    async (t, bank) => expect(await t.env.db.question.count({ where: { bankId: bank.id } })).toBe(2),
  ),

  'training.quizzes.updateQuestion': manageCase(
    async (t, p) => (await bankAt(t, p)).questions[0]!,
    (t, q) =>
      t.a.training.quizzes.updateQuestion({
        id: q?.id ?? missing,
        kind: 'truefalse',
        stem: '改过的题干',
        answer: false,
        explanation: '',
        points: 1,
      }),
    async (t, q) => expect(await questionRow(t, q.id)).toMatchObject({ stem: '改过的题干', answer: 'false' }),
    async (t, q) => expect(await questionRow(t, q.id)).toEqual(q),
  ),

  'training.quizzes.retireQuestion': manageCase(
    async (t, p) => (await bankAt(t, p)).questions[0]!,
    (t, q) => t.a.training.quizzes.retireQuestion({ id: q?.id ?? missing }),
    async (t, q) => expect((await questionRow(t, q.id)).retiredAt).not.toBeNull(),
    async (t, q) => expect(await questionRow(t, q.id)).toEqual(q),
  ),

  'training.quizzes.restoreQuestion': manageCase(
    async (t, p) => {
      const { bank } = await bankAt(t, p);
      return addQuestion(t.env, bank, { kind: 'truefalse', answer: true, retired: true });
    },
    (t, q) => t.a.training.quizzes.restoreQuestion({ id: q?.id ?? missing }),
    async (t, q) => expect((await questionRow(t, q.id)).retiredAt).toBeNull(),
    async (t, q) => expect(await questionRow(t, q.id)).toEqual(q),
  ),

  'training.quizzes.list': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { course, bank } = await bankAt(t, p);
        const quiz = await addQuiz(t.env, bank, { questionCount: 2 });
        expect((await t.a.training.quizzes.list({ courseId: course.id })).map((q) => q.id)).toEqual([quiz.id]);
      },
      async (p) => {
        const { course } = await bankAt(t, p);
        await expectHidden(
          t.a.training.quizzes.list({ courseId: course.id }),
          t.a.training.quizzes.list({ courseId: missing }),
        );
      },
    ),

  'training.quizzes.create': manageCase(
    (t, p) => bankAt(t, p),
    (t, made) =>
      t.a.training.quizzes.create({ courseId: made?.course.id ?? missing, bankId: made?.bank.id ?? missing, ...terms }),
    async (t, made, answer) =>
      expect(await quizRow(t, (answer as { id: number }).id)).toMatchObject({
        courseId: made.course.id,
        bankId: made.bank.id,
        status: 'draft',
      }),
    async (t, made) => expect(await t.env.db.quiz.count({ where: { courseId: made.course.id } })).toBe(0),
  ),

  'training.quizzes.update': manageCase(
    async (t, p) => addQuiz(t.env, (await bankAt(t, p)).bank, { questionCount: 2, status: 'draft' }),
    (t, quiz) =>
      t.a.training.quizzes.update({
        id: quiz?.id ?? missing,
        bankId: quiz?.bankId ?? missing,
        ...terms,
        title: '改名',
      }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toMatchObject({ title: '改名' }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toEqual(quiz),
  ),

  'training.quizzes.publish': manageCase(
    async (t, p) => addQuiz(t.env, (await bankAt(t, p)).bank, { questionCount: 2, status: 'draft' }),
    (t, quiz) => t.a.training.quizzes.publish({ id: quiz?.id ?? missing }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toMatchObject({ status: 'published' }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toEqual(quiz),
  ),

  'training.quizzes.close': manageCase(
    async (t, p) => addQuiz(t.env, (await bankAt(t, p)).bank, { questionCount: 2 }),
    (t, quiz) => t.a.training.quizzes.close({ id: quiz?.id ?? missing }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toMatchObject({ status: 'closed' }),
    async (t, quiz) => expect(await quizRow(t, quiz.id)).toEqual(quiz),
  ),

  'training.quizzes.mine': async (t) => {
    const { bundle, quiz } = await ownQuiz(t);
    expect(await t.a.training.quizzes.mine({ courseId: bundle.course.id })).toEqual([
      expect.objectContaining({ id: quiz.id, attemptsUsed: 0, attemptsLeft: 3 }),
    ]);
    // A course the caller is not enrolled in (an own township's, or 东湖街道's) answers as a missing one.
    for (const p of [t.places[0] as Place, t.foreign]) {
      const { course } = await bankAt(t, p);
      await expectHidden(
        t.a.training.quizzes.mine({ courseId: course.id }),
        t.a.training.quizzes.mine({ courseId: missing }),
        ['NOT_FOUND'],
      );
    }
  },

  'training.quizzes.start': async (t) => {
    const { enrolment, quiz } = await ownQuiz(t);
    const view = await t.a.training.quizzes.start({ quizId: quiz.id });
    expect(view).toMatchObject({ quizId: quiz.id, number: 1, status: 'open' });
    expect(await t.env.db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } })).toMatchObject({
      enrolmentId: enrolment.id,
      unitId: t.user.unitId,
    });
    for (const p of [t.places[0] as Place, t.foreign]) {
      const { bank } = await bankAt(t, p);
      const theirs = await addQuiz(t.env, bank, { questionCount: 2 });
      await expectHidden(
        t.a.training.quizzes.start({ quizId: theirs.id }),
        t.a.training.quizzes.start({ quizId: missing }),
        ['NOT_FOUND'],
      );
      expect(await t.env.db.quizAttempt.count({ where: { quizId: theirs.id } })).toBe(0);
    }
  },

  'training.quizzes.attempt': async (t) => {
    const { quiz } = await ownQuiz(t);
    const view = await t.a.training.quizzes.start({ quizId: quiz.id });
    expect(await t.a.training.quizzes.attempt({ id: view.id })).toEqual(view);
    await othersHidden(t, (id) => t.a.training.quizzes.attempt({ id }));
  },

  'training.quizzes.submit': async (t) => {
    const { quiz } = await ownQuiz(t);
    const view = await t.a.training.quizzes.start({ quizId: quiz.id });
    const answers = await answersFor(t.env, view.id, 'right');
    expect(await t.a.training.quizzes.submit({ id: view.id, answers })).toMatchObject({ score: 100 });
    await othersHidden(t, (id) => t.a.training.quizzes.submit({ id, answers: [] }));
  },

  'training.quizzes.review': async (t) => {
    const { quiz } = await ownQuiz(t);
    const view = await t.a.training.quizzes.start({ quizId: quiz.id });
    const review = await t.a.training.quizzes.submit({ id: view.id, answers: [] });
    expect(await t.a.training.quizzes.review({ id: view.id })).toEqual(review);
    await othersHidden(t, (id) => t.a.training.quizzes.review({ id }), true);
  },

  'training.quizzes.get': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const { course, bank } = await bankAt(t, p);
        const quiz = await addQuiz(t.env, bank, { questionCount: 2 });
        expect(await t.a.training.quizzes.get({ id: quiz.id })).toMatchObject({
          id: quiz.id,
          courseId: course.id,
          courseTitle: course.title,
          unitId: branchOf(p).id,
          bankId: bank.id,
          bankName: bank.name,
          questionCount: 2,
        });
      },
      async (p) => {
        const { bank } = await bankAt(t, p);
        const quiz = await addQuiz(t.env, bank, { questionCount: 2 });
        await expectHidden(t.a.training.quizzes.get({ id: quiz.id }), t.a.training.quizzes.get({ id: missing }));
      },
    ),

  'training.quizzes.results': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        // A learner of the branch and one of 东湖街道 in the course: both attempts are shared with the course's side.
        const made = await quizAt(t, p);
        const near = await attemptBy(t, made, branchOf(p).id, true);
        const far = await attemptBy(t, made, t.foreign.branches[1]!.id, true);
        const page = await t.a.training.quizzes.results({ quizId: made.quiz.id, page: 1, pageSize: 20 });
        expect(page.items.map((r) => r.id).sort((x, y) => x - y)).toEqual([near.attempt.id, far.attempt.id]);
        expect(page.items.find((r) => r.id === far.attempt.id)).toMatchObject({
          learnerName: far.learner.displayName,
          unitName: t.foreign.branches[1]!.name,
        });
      },
      async (p) => {
        const attempt = await theirAttempt(t, p, true);
        await expectHidden(
          t.a.training.quizzes.results({ quizId: attempt.quizId, page: 1, pageSize: 20 }),
          t.a.training.quizzes.results({ quizId: missing, page: 1, pageSize: 20 }),
        );
      },
    ),

  'training.quizzes.questionStats': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const { bank, questions } = await bankAt(t, p);
        const quiz = await addQuiz(t.env, bank, { questionCount: 2 });
        await t.env.db.question.update({ where: { id: questions[0]!.id }, data: { asked: 4, correct: 3 } });
        expect(await t.a.training.quizzes.questionStats({ quizId: quiz.id })).toEqual([
          expect.objectContaining({ questionId: questions[0]!.id, asked: 4, correct: 3, rate: 75 }),
          expect.objectContaining({ questionId: questions[1]!.id, asked: 0, correct: 0, rate: null }),
        ]);
      },
      async (p) => {
        const { bank } = await bankAt(t, p);
        const quiz = await addQuiz(t.env, bank, { questionCount: 2 });
        await expectHidden(
          t.a.training.quizzes.questionStats({ quizId: quiz.id }),
          t.a.training.quizzes.questionStats({ quizId: missing }),
        );
      },
    ),
};
