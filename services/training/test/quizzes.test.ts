// Quizzes on both databases. A course's editors keep its question banks (names once per course; each kind of question
// with its key checked, in words on the field; the key fixed once an attempt drew the question, the wording not;
// retired questions drawn no more but still graded) and its quizzes (a bank of the same course; published only with
// enough active questions; a published quiz keeps its terms). A learner enrolled in the course (not withdrawn) sees its
// quizzes with their attempts, starts one (the attempt under way answered again; past its deadline it expires and a
// new one opens; no attempt left, a closed quiz, a draft or another course's quiz refused), submits answers graded on
// the server (the score by points, the enrolment refreshed, a certificate when the quiz completes the course) and
// reviews them with their keys. A trainer of the course reads the attempts of learners of any unit and each
// question's counters; a trainer elsewhere reaches neither.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { buildServer, demoPassword, loadConfig } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { signInByInject } from '../../../tests/support/http-session';
import { addBank, addQuestion, addQuiz, answersFor, fourKinds, quizOf } from './support/quizzes';
import { addCourse, addEnrolment, addLearner } from './support/training';

const today = '2026-05-01';
const ten = shanghai(`${today}T10:00:00`);
const later = (minutes: number, seconds = 0) => new Date(ten.getTime() + minutes * 60_000 + seconds * 1000);

describe.each(await testProviders())('quizzes on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const donghu = () => env.seed.townships.donghu!;
  const admin = () => env.as('chengguan');
  const at = <T>(when: Date, step: () => Promise<T>) => {
    env.setNow(when);
    return step().finally(() => env.setNow(null));
  };
  /** A fresh branch of 城关镇 running a course (no lesson needed: a passed quiz completes it). */
  async function courseInBranch(opts: { minScore?: number | null } = {}) {
    const branch = await addUnit(env, chengguan() as Unit, { kind: 'branch' });
    const bundle = await addCourse(env, branch.id, {
      lessons: 0,
      lessonsRequired: false,
      minScore: opts.minScore ?? 60,
    });
    return { branch, bundle };
  }
  /** A learner at home in `unitId`, enrolled in the course, and their caller. */
  async function learnerIn(
    bundle: Awaited<ReturnType<typeof courseInBranch>>['bundle'],
    unitId: number,
    name?: string,
  ) {
    const account = await addLearner(env, unitId);
    const learner = name
      ? await env.db.user.update({ where: { id: account.id }, data: { displayName: name } })
      : account;
    const enrolment = await addEnrolment(env, bundle, learner);
    return { learner, enrolment, own: await env.as(learner.username) };
  }

  describe('banks and questions', () => {
    it('makes, lists and renames a course’s banks; a name is the course’s once', async () => {
      const { bundle } = await courseInBranch();
      const other = await courseInBranch();
      const caller = await admin();
      const name = uniqueName('消防题库');
      const { id } = await caller.training.quizzes.createBank({ courseId: bundle.course.id, name });
      await expect(caller.training.quizzes.createBank({ courseId: bundle.course.id, name })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field: 'name',
        key: 'training.quizBankNameTaken',
      });
      // Another course may use the name.
      await caller.training.quizzes.createBank({ courseId: other.bundle.course.id, name });
      const second = await addBank(env, bundle.course, uniqueName('安全题库'));
      await addQuestion(env, second, { kind: 'truefalse', answer: true });
      await addQuestion(env, second, { kind: 'truefalse', answer: true, retired: true });
      const banks = await caller.training.quizzes.banks({ courseId: bundle.course.id });
      expect(banks.map((b) => [b.id, b.questions, b.retired]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([
        [id, 0, 0],
        [second.id, 1, 1],
      ]);
      await expect(caller.training.quizzes.renameBank({ id: second.id, name })).rejects.toMatchObject({
        field: 'name',
        key: 'training.quizBankNameTaken',
      });
      await caller.training.quizzes.renameBank({ id, name: `${name}二` });
      expect(await env.db.questionBank.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: `${name}二` });
      const entry = await env.db.auditLog.findFirstOrThrow({
        where: { action: 'quizBank.rename', entityId: String(id) },
      });
      expect(JSON.parse(entry.after ?? 'null')).toEqual({ name: `${name}二` });
    });

    it('writes each kind with its key and lists them, key and counters included, by kind and retirement', async () => {
      const { bundle } = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      const caller = await admin();
      const made = [];
      for (const spec of fourKinds())
        made.push(
          (
            await caller.training.quizzes.createQuestion({
              ...spec,
              bankId: bank.id,
              stem: spec.stem ?? '题干',
              explanation: '见第三章',
              points: 2,
            })
          ).id,
        );
      const page = await caller.training.quizzes.questions({ bankId: bank.id, page: 1, pageSize: 20 });
      expect(page.total).toBe(4);
      expect(page.items.map(({ kind, answer }) => ({ kind, answer }))).toEqual([
        { kind: 'single', answer: 1 },
        { kind: 'multiple', answer: [0, 2] },
        { kind: 'truefalse', answer: false },
        { kind: 'blank', answer: ['119', '火警电话'] },
      ]);
      expect(page.items[0]).toMatchObject({
        id: made[0],
        options: ['A', 'B', 'C', 'D'],
        explanation: '见第三章',
        points: 2,
        retired: false,
        asked: 0,
        correct: 0,
      });
      await caller.training.quizzes.retireQuestion({ id: made[1]! });
      const blanks = await caller.training.quizzes.questions({ bankId: bank.id, kind: 'blank', page: 1, pageSize: 20 });
      expect(blanks.items.map((q) => q.id)).toEqual([made[3]]);
      const retired = await caller.training.quizzes.questions({
        bankId: bank.id,
        retired: true,
        page: 1,
        pageSize: 20,
      });
      expect(retired.items.map((q) => q.id)).toEqual([made[1]]);
      const active = await caller.training.quizzes.questions({ bankId: bank.id, retired: false, page: 2, pageSize: 2 });
      expect([active.total, active.items.map((q) => q.id)]).toEqual([3, [made[3]]]);
      // The audit log keeps the question's wording, never its key.
      const entry = await env.db.auditLog.findFirstOrThrow({
        where: { action: 'quizQuestion.create', entityId: String(made[3]) },
      });
      expect(entry.after).not.toContain('火警电话');
    });

    it('refuses a bad key in words, on its field, in both languages', async () => {
      const { bundle } = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      const app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
      try {
        const headers = await signInByInject(app, 'chengguan', demoPassword);
        const fieldErrors = async (payload: object, locale: string) => {
          const res = await app.inject({
            method: 'POST',
            url: '/trpc/training.quizzes.createQuestion',
            payload,
            headers: { ...headers, 'x-strata-locale': locale },
          });
          expect(res.statusCode).toBe(400);
          return res.json().error.data.fieldErrors;
        };
        const single = { bankId: bank.id, kind: 'single', stem: '题', explanation: '', points: 1 };
        expect(await fieldErrors({ ...single, options: ['A', 'B'], answer: 3 }, 'zh-CN')).toEqual({
          answer: ['请在选项中选出唯一的正确答案'],
        });
        expect(await fieldErrors({ ...single, options: ['A', 'B'], answer: 3 }, 'en-US')).toEqual({
          answer: ['Mark exactly one of the options as the right answer'],
        });
        expect(await fieldErrors({ ...single, options: ['A'], answer: 0 }, 'zh-CN')).toEqual({
          options: ['选择题需要 2 到 10 个选项'],
        });
        const blank = { bankId: bank.id, kind: 'blank', stem: '题', explanation: '', points: 1 };
        expect(await fieldErrors({ ...blank, answer: ['ＡＢＣ', 'abc'] }, 'en-US')).toEqual({
          answer: [
            'Give 1 to 5 accepted answers, each different (ignoring surrounding spaces, case and full-width forms)',
          ],
        });
      } finally {
        await app.close();
      }
      expect(await env.db.question.count({ where: { bankId: bank.id } })).toBe(0);
    });

    it('fixes the key, kind, options’ count and points once an attempt drew the question; the wording stays open', async () => {
      const { bundle } = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      const caller = await admin();
      const stem = uniqueName('单选');
      const { id } = await caller.training.quizzes.createQuestion({
        bankId: bank.id,
        kind: 'single',
        stem,
        options: ['A', 'B', 'C'],
        answer: 0,
        explanation: '',
        points: 1,
      });
      const change = (answer: number, opts: Partial<{ stem: string; options: string[]; points: number }> = {}) =>
        caller.training.quizzes.updateQuestion({
          id,
          kind: 'single',
          stem: opts.stem ?? stem,
          options: opts.options ?? ['A', 'B', 'C'],
          answer,
          explanation: '',
          points: opts.points ?? 1,
        });
      // Before any attempt drew it, the key changes freely.
      await change(1);
      const quiz = await addQuiz(env, bank, { questionCount: 1 });
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      await expect(change(2)).rejects.toMatchObject({
        code: 'CONFLICT',
        field: 'answer',
        key: 'training.quizAnswerKeyFixed',
      });
      await expect(change(1, { points: 2 })).rejects.toMatchObject({ field: 'points' });
      await expect(change(1, { options: ['A', 'B', 'C', 'D'] })).rejects.toMatchObject({ field: 'options' });
      await expect(
        caller.training.quizzes.updateQuestion({
          id,
          kind: 'truefalse',
          stem,
          answer: true,
          explanation: '',
          points: 1,
        }),
      ).rejects.toMatchObject({ field: 'kind' });
      // The wording may still be corrected.
      await change(1, { stem: `${stem}（修订）`, options: ['甲', '乙', '丙'] });
      expect(await env.db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({
        stem: `${stem}（修订）`,
        options: '["甲","乙","丙"]',
        answer: '[1]',
      });
    });

    it('retires a question (drawn no more) unless a published quiz needs it, and restores it', async () => {
      const { bundle } = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      const caller = await admin();
      const questions = [];
      for (let i = 0; i < 3; i++) questions.push(await addQuestion(env, bank, { kind: 'truefalse', answer: true }));
      const quiz = await addQuiz(env, bank, { questionCount: 2, title: uniqueName('周测') });
      const [first, second, third] = questions.map((q) => q.id) as [number, number, number];
      await caller.training.quizzes.retireQuestion({ id: first });
      await expect(caller.training.quizzes.retireQuestion({ id: first })).rejects.toMatchObject({
        key: 'training.quizQuestionRetired',
      });
      await expect(caller.training.quizzes.retireQuestion({ id: second })).rejects.toMatchObject({
        code: 'CONFLICT',
        key: 'training.quizQuestionNeeded',
      });
      // Drawn no more: the quiz draws the two active ones.
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      const view = await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      expect(view.questions.map((q) => q.questionId).sort((x, y) => x - y)).toEqual([second, third]);
      await caller.training.quizzes.restoreQuestion({ id: first });
      await expect(caller.training.quizzes.restoreQuestion({ id: first })).rejects.toMatchObject({
        key: 'training.quizQuestionNotRetired',
      });
      // An attempt that drew a question retired since still grades and shows it.
      await caller.training.quizzes.retireQuestion({ id: second });
      const review = await at(later(5), () =>
        own.training.quizzes.submit({
          id: view.id,
          answers: view.questions.map((q) => ({ questionId: q.questionId, given: true })),
        }),
      );
      expect(review).toMatchObject({ score: 100, correctCount: 2 });
      expect(review.questions.map((q) => q.questionId)).toContain(second);
    });
  });

  describe('quizzes', () => {
    it('takes a bank of the same course, publishes with enough questions, keeps a published quiz’s terms', async () => {
      const { bundle } = await courseInBranch();
      const other = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      const foreignBank = await addBank(env, other.bundle.course);
      const caller = await admin();
      const terms = {
        title: uniqueName('结业测验'),
        questionCount: 3,
        timeLimitMinutes: 20,
        attemptsAllowed: 2,
        passScore: 80,
      };
      await expect(
        caller.training.quizzes.create({ courseId: bundle.course.id, bankId: foreignBank.id, ...terms }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'bankId', key: 'training.quizBankOtherCourse' });
      const { id } = await caller.training.quizzes.create({ courseId: bundle.course.id, bankId: bank.id, ...terms });
      await addQuestion(env, bank, { kind: 'truefalse', answer: true });
      await addQuestion(env, bank, { kind: 'truefalse', answer: false });
      await addQuestion(env, bank, { kind: 'truefalse', answer: false, retired: true });
      await expect(caller.training.quizzes.publish({ id })).rejects.toMatchObject({
        field: 'questionCount',
        key: 'training.quizTooFewQuestions',
        vars: { count: 2, questionCount: 3 },
      });
      // A draft changes freely.
      await caller.training.quizzes.update({ id, bankId: bank.id, ...terms, questionCount: 2 });
      await caller.training.quizzes.publish({ id });
      await expect(caller.training.quizzes.publish({ id })).rejects.toMatchObject({
        key: 'training.quizAlreadyPublished',
      });
      const published = { id, bankId: bank.id, ...terms, questionCount: 2 };
      await expect(caller.training.quizzes.update({ ...published, timeLimitMinutes: 30 })).rejects.toMatchObject({
        code: 'CONFLICT',
        field: 'timeLimitMinutes',
        key: 'training.quizTermsFixed',
      });
      await expect(caller.training.quizzes.update({ ...published, attemptsAllowed: 1 })).rejects.toMatchObject({
        field: 'attemptsAllowed',
        key: 'training.quizAttemptsLowered',
      });
      await caller.training.quizzes.update({ ...published, title: `${terms.title}（补考）`, attemptsAllowed: 3 });
      expect(await caller.training.quizzes.list({ courseId: bundle.course.id })).toEqual([
        expect.objectContaining({
          id,
          bankId: bank.id,
          bankName: bank.name,
          title: `${terms.title}（补考）`,
          questionCount: 2,
          attemptsAllowed: 3,
          status: 'published',
        }),
      ]);
      await caller.training.quizzes.close({ id });
      await expect(caller.training.quizzes.close({ id })).rejects.toMatchObject({ key: 'training.quizNotPublished' });
      // A closed quiz may go out again.
      await caller.training.quizzes.publish({ id });
    });

    it('refuses everything of banks and quizzes to a learner without the grant', async () => {
      const { bundle } = await courseInBranch();
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      await expect(own.training.quizzes.banks({ courseId: bundle.course.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(own.training.quizzes.list({ courseId: bundle.course.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });

  describe('a learner', () => {
    it('sees the course’s quizzes out of draft, with attempts used and left and the one under way', async () => {
      const { bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle, { attemptsAllowed: 2, passScore: 50 });
      const draft = await addQuiz(env, await addBank(env, bundle.course), { status: 'draft' });
      const closed = await addQuiz(env, await addBank(env, bundle.course), { status: 'closed' });
      const { own } = await learnerIn(bundle, donghu().branches[1]!.id);
      const fresh = await own.training.quizzes.mine({ courseId: bundle.course.id });
      expect(fresh.map((q) => q.id)).toEqual([quiz.id, closed.id]);
      expect(fresh.map((q) => q.id)).not.toContain(draft.id);
      expect(fresh[0]).toEqual({
        id: quiz.id,
        title: quiz.title,
        status: 'published',
        questionCount: 4,
        timeLimitMinutes: 30,
        attemptsAllowed: 2,
        passScore: 50,
        attemptsUsed: 0,
        attemptsLeft: 2,
        bestScore: null,
        passed: false,
        openAttempt: null,
        attempts: [],
      });
      expect(fresh[1]).toMatchObject({ status: 'closed', attemptsLeft: 0 });
      const view = await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      expect(await at(later(1), () => own.training.quizzes.mine({ courseId: bundle.course.id }))).toEqual([
        expect.objectContaining({
          attemptsUsed: 1,
          attemptsLeft: 1,
          openAttempt: { id: view.id, number: 1, dueAt: later(30).toISOString() },
        }),
        expect.anything(),
      ]);
      const answers = await answersFor(env, view.id, 'partial');
      await at(later(2), () => own.training.quizzes.submit({ id: view.id, answers }));
      expect((await own.training.quizzes.mine({ courseId: bundle.course.id }))[0]).toMatchObject({
        attemptsUsed: 1,
        attemptsLeft: 1,
        bestScore: 75,
        passed: true,
        openAttempt: null,
        attempts: [
          { id: view.id, number: 1, status: 'submitted', score: 75, passed: true, submittedAt: later(2).toISOString() },
        ],
      });
      // The second attempt left to run out: listed as expired, with no score, after the first.
      const second = await at(later(3), () => own.training.quizzes.start({ quizId: quiz.id }));
      const attempts = (await at(later(60), () => own.training.quizzes.mine({ courseId: bundle.course.id })))[0]
        ?.attempts;
      expect(attempts?.map((a) => [a.id, a.number, a.status, a.score])).toEqual([
        [view.id, 1, 'submitted', 75],
        [second.id, 2, 'expired', null],
      ]);
    });

    it('needs an enrolment in the course that is not withdrawn', async () => {
      const { bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle);
      const stranger = await addLearner(env, bundle.course.unitId);
      const asStranger = await env.as(stranger.username);
      await expect(asStranger.training.quizzes.mine({ courseId: bundle.course.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.notEnrolled',
      });
      await expect(asStranger.training.quizzes.start({ quizId: quiz.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.quizNotOpenToYou',
      });
      const withdrawn = await addLearner(env, bundle.course.unitId);
      await addEnrolment(env, bundle, withdrawn, { status: 'withdrawn' });
      const asWithdrawn = await env.as(withdrawn.username);
      await expect(asWithdrawn.training.quizzes.mine({ courseId: bundle.course.id })).rejects.toMatchObject({
        key: 'training.notEnrolled',
      });
      await expect(asWithdrawn.training.quizzes.start({ quizId: quiz.id })).rejects.toMatchObject({
        key: 'training.quizNotOpenToYou',
      });
      expect(await env.db.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(0);
    });

    it('cannot start a draft (as missing) or a closed quiz', async () => {
      const { bundle } = await courseInBranch();
      const { quiz: draft } = await quizOf(env, bundle, { status: 'draft' });
      const { quiz: closed } = await quizOf(env, bundle, { status: 'closed' });
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      await expect(own.training.quizzes.start({ quizId: draft.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.quizNotOpenToYou',
      });
      await expect(own.training.quizzes.start({ quizId: closed.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        key: 'training.quizClosed',
      });
    });

    it('goes on with the attempt under way; past its deadline it expires and the next one opens', async () => {
      const { bundle } = await courseInBranch();
      const { quiz, questions } = await quizOf(env, bundle, { timeLimitMinutes: 10, attemptsAllowed: 2 });
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      const first = await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      expect(first).toMatchObject({
        quizId: quiz.id,
        quizTitle: quiz.title,
        number: 1,
        status: 'open',
        startedAt: ten.toISOString(),
        dueAt: later(10).toISOString(),
        secondsLeft: 600,
      });
      expect(first.questions.map((q) => q.questionId).sort((x, y) => x - y)).toEqual(questions.map((q) => q.id));
      const single = first.questions.find((q) => q.kind === 'single');
      expect([...(single?.choices ?? [])].sort()).toEqual(['A', 'B', 'C', 'D']);
      expect(first.questions.find((q) => q.kind === 'blank')?.choices).toEqual([]);
      // Again within the time: the same attempt, the same draw and order.
      const again = await at(later(9, 30), () => own.training.quizzes.start({ quizId: quiz.id }));
      expect(again).toEqual({ ...first, secondsLeft: 30 });
      expect(await at(later(9, 30), () => own.training.quizzes.attempt({ id: first.id }))).toEqual(again);
      // Past the deadline and its grace: the attempt reads (and is marked) expired, without its questions.
      expect(await at(later(10, 6), () => own.training.quizzes.attempt({ id: first.id }))).toMatchObject({
        status: 'expired',
        secondsLeft: 0,
        questions: [],
      });
      expect(await env.db.quizAttempt.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        status: 'expired',
        score: null,
      });
      const second = await at(later(11), () => own.training.quizzes.start({ quizId: quiz.id }));
      expect(second).toMatchObject({ number: 2, status: 'open' });
      // Both attempts used (the second past its time too): the next start is refused, and the second is marked expired.
      await expect(at(later(22), () => own.training.quizzes.start({ quizId: quiz.id }))).rejects.toMatchObject({
        code: 'CONFLICT',
        key: 'training.quizNoAttemptsLeft',
        vars: { count: 2 },
      });
      expect(await env.db.quizAttempt.findMany({ where: { quizId: quiz.id }, orderBy: { number: 'asc' } })).toEqual([
        expect.objectContaining({ number: 1, status: 'expired' }),
        expect.objectContaining({ number: 2, status: 'expired' }),
      ]);
    });

    it('submits answers graded here: points over points, all-or-nothing multiple choice, the enrolment refreshed', async () => {
      const { bundle } = await courseInBranch({ minScore: 80 });
      const questions = fourKinds().map((q, i) => ({ ...q, points: i + 1, explanation: `解析${i}` }));
      const { quiz } = await quizOf(env, bundle, { passScore: 60, attemptsAllowed: 3, questions });
      const { own, enrolment } = await learnerIn(bundle, donghu().branches[0]!.id);
      const first = await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      // Nothing answered: every question wrong.
      const blankSheet = await at(later(3), () => own.training.quizzes.submit({ id: first.id, answers: [] }));
      expect(blankSheet).toMatchObject({ score: 0, correctCount: 0, passed: false });
      expect(blankSheet.questions.every((q) => q.given === null && !q.right)).toBe(true);
      // The multiple choice (2 points of 10) answered with one right option of two is wrong: 8 of 10 points.
      const second = await at(later(4), () => own.training.quizzes.start({ quizId: quiz.id }));
      const review = await at(later(6), async () =>
        own.training.quizzes.submit({ id: second.id, answers: await answersFor(env, second.id, 'partial') }),
      );
      expect(review).toMatchObject({
        number: 2,
        status: 'submitted',
        score: 80,
        passScore: 60,
        passed: true,
        correctCount: 3,
      });
      const multiple = review.questions.find((q) => q.kind === 'multiple')!;
      expect(multiple).toMatchObject({ right: false, explanation: '解析1' });
      expect((multiple.given as number[]).length).toBe(1);
      expect((multiple.answer as number[]).map((p) => multiple.choices[p]).sort()).toEqual(['A', 'C']);
      const blank = review.questions.find((q) => q.kind === 'blank');
      expect(blank).toMatchObject({ right: true, answer: ['119', '火警电话'], given: ' 119 ' });
      // The enrolment follows: best score 80 meets the course's 80, so it completes with its certificate.
      expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({
        bestScore: 80,
        status: 'completed',
      });
      expect(await env.db.trainingCertificate.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
      // The review reads the same later; an attempt still open has none.
      expect(await own.training.quizzes.review({ id: second.id })).toEqual(review);
      const third = await at(later(7), () => own.training.quizzes.start({ quizId: quiz.id }));
      await expect(own.training.quizzes.review({ id: third.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        key: 'training.quizAttemptNotSubmitted',
      });
      const right = await at(later(8), async () =>
        own.training.quizzes.submit({ id: third.id, answers: await answersFor(env, third.id, 'right') }),
      );
      expect(right).toMatchObject({ score: 100, correctCount: 4 });
      expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({
        bestScore: 100,
      });
    });

    it('refuses answers that do not fit the attempt, and changes nothing', async () => {
      const { bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle);
      const { own } = await learnerIn(bundle, bundle.course.unitId);
      const other = await quizOf(env, bundle);
      const view = await at(ten, () => own.training.quizzes.start({ quizId: quiz.id }));
      const answers = await answersFor(env, view.id, 'right');
      const submit = (list: typeof answers) =>
        at(later(1), () => own.training.quizzes.submit({ id: view.id, answers: list }));
      await expect(submit([...answers, { questionId: other.questions[0]!.id, given: true }])).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        key: 'training.quizAnswerNotDrawn',
        field: 'answers.4.questionId',
      });
      await expect(submit([answers[0]!, answers[0]!])).rejects.toMatchObject({
        key: 'training.quizAnswerRepeated',
        field: 'answers.1.questionId',
      });
      const single = view.questions.findIndex((q) => q.kind === 'single');
      const misfit = answers.map((a, i) => (i === single ? { ...a, given: [0, 1] } : a));
      await expect(submit(misfit)).rejects.toMatchObject({
        key: 'training.quizAnswerDoesNotFit',
        field: `answers.${single}.given`,
      });
      const truth = view.questions.findIndex((q) => q.kind === 'truefalse');
      await expect(submit(answers.map((a, i) => (i === truth ? { ...a, given: 'true' } : a)))).rejects.toMatchObject({
        key: 'training.quizAnswerDoesNotFit',
      });
      expect(await env.db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } })).toMatchObject({ status: 'open' });
      expect(await submit(answers)).toMatchObject({ score: 100 });
    });

    it('reaches only their own attempts: another learner’s answers as a missing one', async () => {
      const { bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle);
      const mine = await learnerIn(bundle, bundle.course.unitId);
      const theirs = await learnerIn(bundle, bundle.course.unitId);
      const view = await at(ten, () => theirs.own.training.quizzes.start({ quizId: quiz.id }));
      const calls: ((id: number) => Promise<unknown>)[] = [
        (id: number) => mine.own.training.quizzes.attempt({ id }),
        (id: number) => mine.own.training.quizzes.review({ id }),
        (id: number) => mine.own.training.quizzes.submit({ id, answers: [] }),
      ];
      for (const call of calls) {
        const [foreign, absent] = await Promise.allSettled([at(later(1), () => call(view.id)), call(999_999)]);
        expect(foreign.status).toBe('rejected');
        const shape = (r: PromiseSettledResult<unknown>) => {
          const e = (r as PromiseRejectedResult).reason as { code: string; message: string };
          return [e.code, e.message];
        };
        expect(shape(foreign)).toEqual(shape(absent));
        expect(shape(foreign)[0]).toBe('NOT_FOUND');
      }
      expect(await env.db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } })).toMatchObject({ status: 'open' });
    });
  });

  describe('a trainer', () => {
    it('reads a quiz’s attempts across the learners’ units, sorted, filtered and paged', async () => {
      const { branch, bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle, { passScore: 60, timeLimitMinutes: 10 });
      const trainer = await addAccount(env, { unitId: branch.id, grants: [{ role: 'trainer', unitId: branch.id }] });
      const teacher = await env.as(trainer.username);
      const far = await learnerIn(bundle, donghu().branches[3]!.id, 'Cy');
      const near = await learnerIn(bundle, branch.id, 'Ann');
      const late = await learnerIn(bundle, branch.id, 'Bea');
      const farView = await at(ten, () => far.own.training.quizzes.start({ quizId: quiz.id }));
      await at(later(1), async () =>
        far.own.training.quizzes.submit({ id: farView.id, answers: await answersFor(env, farView.id, 'right') }),
      );
      const nearView = await at(later(2), () => near.own.training.quizzes.start({ quizId: quiz.id }));
      await at(later(3), async () =>
        near.own.training.quizzes.submit({ id: nearView.id, answers: await answersFor(env, nearView.id, 'wrong') }),
      );
      const lateView = await at(later(4), () => late.own.training.quizzes.start({ quizId: quiz.id }));
      const results = (
        input: Partial<{ sort: 'score' | 'learnerName' | 'submittedAt'; order: 'asc' | 'desc'; status: 'expired' }>,
        now = later(5),
      ) => at(now, () => teacher.training.quizzes.results({ quizId: quiz.id, page: 1, pageSize: 20, ...input }));
      const byScore = await results({ sort: 'score', order: 'desc' });
      expect(byScore.total).toBe(3);
      expect(byScore.items.map((r) => [r.id, r.score, r.status, r.passed])).toEqual([
        [farView.id, 100, 'submitted', true],
        [nearView.id, 0, 'submitted', false],
        [lateView.id, null, 'open', false],
      ]);
      expect(byScore.items[0]).toMatchObject({
        learnerName: far.learner.displayName,
        unitId: donghu().branches[3]!.id,
        unitName: donghu().branches[3]!.name,
        number: 1,
        startedAt: ten.toISOString(),
        submittedAt: later(1).toISOString(),
      });
      // Past its deadline the open attempt reads expired, and the filter finds it.
      const expired = await results({ status: 'expired' }, later(20));
      expect(expired.items.map((r) => [r.id, r.status])).toEqual([[lateView.id, 'expired']]);
      const paged = await at(later(5), () =>
        teacher.training.quizzes.results({ quizId: quiz.id, sort: 'submittedAt', order: 'asc', page: 2, pageSize: 1 }),
      );
      expect([paged.total, paged.items.map((r) => r.id)]).toEqual([3, [nearView.id]]);
      const names = await results({ sort: 'learnerName', order: 'asc' });
      expect(names.items.map((r) => [r.learnerName, r.id])).toEqual([
        ['Ann', nearView.id],
        ['Bea', lateView.id],
        ['Cy', farView.id],
      ]);
      // Each question was asked twice (two submitted attempts), once rightly.
      const stats = await teacher.training.quizzes.questionStats({ quizId: quiz.id });
      expect(stats.map(({ asked, correct, rate }) => ({ asked, correct, rate }))).toEqual(
        Array(4).fill({ asked: 2, correct: 1, rate: 50 }),
      );
      expect(stats.map((s) => s.kind)).toEqual(['single', 'multiple', 'truefalse', 'blank']);
    });

    it('of another unit reaches neither the results nor the statistics', async () => {
      const { bundle } = await courseInBranch();
      const { quiz } = await quizOf(env, bundle);
      const elsewhere = await addUnit(env, chengguan() as Unit, { kind: 'branch' });
      const trainer = await addAccount(env, {
        unitId: elsewhere.id,
        grants: [{ role: 'trainer', unitId: elsewhere.id }],
      });
      const teacher = await env.as(trainer.username);
      await expect(teacher.training.quizzes.results({ quizId: quiz.id, page: 1, pageSize: 20 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.quizNotFound',
      });
      await expect(teacher.training.quizzes.questionStats({ quizId: quiz.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.quizNotFound',
      });
    });
  });

  describe('one bank and one quiz', () => {
    const refusal = async (call: Promise<unknown>) => {
      const error = (await call.then(
        () => null,
        (e: unknown) => e,
      )) as { code?: string; message?: string; key?: string } | null;
      expect(error, 'the call must be refused').not.toBeNull();
      return { code: error?.code, message: error?.message, key: error?.key };
    };

    it('opens a bank for its editors with its questions counted; editable while the course is not archived', async () => {
      const { branch, bundle } = await courseInBranch();
      const bank = await addBank(env, bundle.course);
      await addQuestion(env, bank, { kind: 'truefalse', answer: true });
      await addQuestion(env, bank, { kind: 'truefalse', answer: false });
      await addQuestion(env, bank, { kind: 'truefalse', answer: true, retired: true });
      const caller = await admin();
      const expected = {
        id: bank.id,
        courseId: bundle.course.id,
        courseTitle: bundle.course.title,
        unitId: branch.id,
        name: bank.name,
        questions: 2,
        retired: 1,
        canManage: true,
      };
      expect(await caller.training.quizzes.bank({ id: bank.id })).toEqual(expected);
      await env.db.course.update({ where: { id: bundle.course.id }, data: { status: 'archived' } });
      expect(await caller.training.quizzes.bank({ id: bank.id })).toEqual({ ...expected, canManage: false });
      // A 东湖 bank answers exactly as a missing one; one who only assigns holds no training.manage.
      const foreign = await addBank(env, (await addCourse(env, donghu().branches[0]!.id)).course);
      const [hidden, missing] = await Promise.all(
        [foreign.id, 999_999].map((id) => refusal(caller.training.quizzes.bank({ id }))),
      );
      expect(hidden).toEqual(missing);
      expect(missing).toMatchObject({ code: 'NOT_FOUND', key: 'training.quizBankNotFound' });
      const officer = await addAccount(env, {
        unitId: branch.id,
        grants: [{ role: 'training_officer', unitId: branch.id }],
      });
      await expect((await env.as(officer.username)).training.quizzes.bank({ id: bank.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('opens a quiz’s terms for the course’s trainers; a trainer elsewhere reads it as a missing one', async () => {
      const { branch, bundle } = await courseInBranch();
      const { bank, quiz } = await quizOf(env, bundle, { timeLimitMinutes: 20, attemptsAllowed: 2, passScore: 80 });
      const trainer = await addAccount(env, { unitId: branch.id, grants: [{ role: 'trainer', unitId: branch.id }] });
      const expected = {
        id: quiz.id,
        courseId: bundle.course.id,
        courseTitle: bundle.course.title,
        unitId: branch.id,
        bankId: bank.id,
        bankName: bank.name,
        title: quiz.title,
        questionCount: 4,
        timeLimitMinutes: 20,
        attemptsAllowed: 2,
        passScore: 80,
        status: 'published',
      };
      expect(await (await env.as(trainer.username)).training.quizzes.get({ id: quiz.id })).toEqual(expected);
      expect(await (await admin()).training.quizzes.get({ id: quiz.id })).toEqual(expected);
      const elsewhere = await addUnit(env, chengguan() as Unit, { kind: 'branch' });
      const stranger = await addAccount(env, {
        unitId: elsewhere.id,
        grants: [{ role: 'trainer', unitId: elsewhere.id }],
      });
      const teacher = await env.as(stranger.username);
      const [hidden, missing] = await Promise.all(
        [quiz.id, 999_999].map((id) => refusal(teacher.training.quizzes.get({ id }))),
      );
      expect(hidden).toEqual(missing);
      expect(missing).toMatchObject({ code: 'NOT_FOUND', key: 'training.quizNotFound' });
      // A learner of the course holds no training.teach: their own quizzes are `mine`.
      const { own } = await learnerIn(bundle, branch.id);
      await expect(own.training.quizzes.get({ id: quiz.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
