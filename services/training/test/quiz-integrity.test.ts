// What must hold of quizzes, through the real HTTP gateway on both databases:
// - the answer key never reaches the browser before submission: every learner-facing answer (the course's quizzes,
//   starting, going on with an attempt, and any other training procedure a learner may call on the course) is
//   searched, raw, for sentinel texts only a key holds (the blank's accepted answers, every explanation) and for the
//   fields that would carry one; the same check finds them all in the answer to the submission, so it can fail;
// - a submission after the time limit (and its 5-second grace) is refused, the attempt marked expired, nothing
//   counted; within the grace it is taken;
// - attempts are counted on the server: with 2 allowed, a third start is refused, and two starts at once when one is
//   left take it once (both answer the one attempt: the one under way is returned, never a second);
// - two submissions at once count once: one is taken, the other refused, the score and the statistics counted once.
import { randomUUID } from 'node:crypto';
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { appRouter, buildServer, demoPassword, loadConfig } from '@strata/gateway';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { type SessionHeaders, signInByInject } from '../../../tests/support/http-session';
import { answersFor, type QuestionSpec, quizOf } from './support/quizzes';
import { addCourse, addEnrolment, addLearner, type CourseBundle } from './support/training';

const start = shanghai('2026-05-01T10:00:00');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

/** Keys that would carry an answer key or an explanation to the browser. */
const keyFields = new Set(['answer', 'answers', 'correct', 'right', 'explanation', 'accepted']);
/** What a drawn question may show while it is being answered, and nothing more. */
const askedFields = ['choices', 'kind', 'points', 'questionId', 'stem'];

/** Everything in a raw answer that gives a key away: a sentinel text, a key's field, a question with more fields. */
function leaks(body: string, sentinels: string[]): string[] {
  const found = sentinels.filter((s) => body.toLowerCase().includes(s.toLowerCase())).map((s) => `text ${s}`);
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if ('questionId' in value && 'stem' in value) {
        const fields = Object.keys(value).sort();
        if (JSON.stringify(fields) !== JSON.stringify(askedFields)) found.push(`${path} shows ${fields.join(',')}`);
      }
      for (const [k, v] of entries) {
        if (keyFields.has(k)) found.push(`field ${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
    }
  };
  walk(JSON.parse(body), '');
  return found;
}

describe.each(await testProviders())('quiz integrity over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let now = start;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db, undefined, {
      clock: () => new Date(now),
    });
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const query = (path: string, input: unknown, headers: SessionHeaders) =>
    app.inject({ url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers });
  const mutate = (path: string, input: unknown, headers: SessionHeaders) =>
    app.inject({ method: 'POST', url: `/trpc/${path}`, payload: input as object, headers });
  const data = (res: LightMyRequestResponse) => res.json().result.data;

  /** A course of a fresh 城关镇 branch, and a learner of a 东湖街道 branch enrolled in it, signed in over HTTP. */
  async function learnerOfCourse() {
    const branch = await addUnit(env, env.seed.townships.chengguan! as Unit, { kind: 'branch' });
    const bundle: CourseBundle = await addCourse(env, branch.id, { lessons: 0, lessonsRequired: false, minScore: 60 });
    const learner = await addLearner(env, env.seed.townships.donghu!.branches[2]!.id);
    const enrolment = await addEnrolment(env, bundle, learner);
    return { bundle, learner, enrolment, headers: await signInByInject(app, learner.username, demoPassword) };
  }

  it('never sends the answer key before submission, and sends it with the submission’s answer', async () => {
    const { bundle, headers } = await learnerOfCourse();
    const token = randomUUID().slice(0, 8);
    const explained = (s: QuestionSpec, i: number): QuestionSpec => ({ ...s, explanation: `解析-${i}-${token}` });
    const questions = [
      { kind: 'single', options: ['甲', '乙', '丙', '丁'], answer: 2, stem: '应急疏散时应当走哪里？' },
      {
        kind: 'multiple',
        options: ['湿毛巾捂口鼻', '乘电梯', '弯腰低姿', '返回取物'],
        answer: [0, 2],
        stem: '火场逃生要领',
      },
      { kind: 'truefalse', answer: false, stem: '消防通道可以停车' },
      { kind: 'blank', answer: [`KEY-${token}`, `ALT-${token}`], stem: '火警电话是多少？' },
    ].map((s, i) => explained(s as QuestionSpec, i));
    const sentinels = [`KEY-${token}`, `ALT-${token}`, ...questions.map((q) => q.explanation ?? '')];
    const { quiz } = await quizOf(env, bundle, { questions, attemptsAllowed: 2 });

    const inspected: Record<string, string[]> = {};
    const inspect = (label: string, res: LightMyRequestResponse) => {
      expect(res.statusCode, `${label}: ${res.body}`).toBe(200);
      inspected[label] = leaks(res.body, sentinels);
    };
    inspect('mine, before starting', await query('training.quizzes.mine', { courseId: bundle.course.id }, headers));
    const started = await mutate('training.quizzes.start', { quizId: quiz.id }, headers);
    inspect('start', started);
    const view = data(started);
    expect(view.questions).toHaveLength(4);
    now = after(60);
    inspect(
      'start again (the attempt under way)',
      await mutate('training.quizzes.start', { quizId: quiz.id }, headers),
    );
    inspect('attempt', await query('training.quizzes.attempt', { id: view.id }, headers));
    inspect(
      'mine, with the attempt under way',
      await query('training.quizzes.mine', { courseId: bundle.course.id }, headers),
    );
    // Any other training procedure a learner may call about the course (the catalogue, the course's page, its
    // lessons, as the other areas add them): called with the course's id in the shapes such pages take.
    const defs = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: { permission?: string } } }
    >;
    const own = ['training.quizzes.mine', 'training.quizzes.attempt', 'training.quizzes.review'];
    const learnerQueries = Object.entries(defs)
      .filter(([path, p]) => path.startsWith('training.') && p._def.type === 'query' && !p._def.meta?.permission)
      .map(([path]) => path)
      .filter((path) => !own.includes(path));
    const courseId = bundle.course.id;
    for (const path of learnerQueries)
      for (const input of [{}, { courseId }, { id: courseId }, { courseId, page: 1, pageSize: 100 }]) {
        const res = await query(path, input, headers);
        if (res.statusCode === 200) inspect(`${path} ${JSON.stringify(input)}`, res);
      }
    expect(Object.keys(inspected).length).toBeGreaterThanOrEqual(5);
    for (const [label, found] of Object.entries(inspected)) expect(found, label).toEqual([]);

    // The same check on the answer to the submission finds every key: it would fail on a leak.
    now = after(120);
    const submitted = await mutate(
      'training.quizzes.submit',
      { id: view.id, answers: await answersFor(env, view.id, 'right') },
      headers,
    );
    expect(submitted.statusCode).toBe(200);
    const found = leaks(submitted.body, sentinels);
    for (const sentinel of sentinels) expect(found).toContain(`text ${sentinel}`);
    expect(found.some((f) => f.endsWith('.answer'))).toBe(true);
    expect(data(submitted)).toMatchObject({ score: 100 });
    // And the review, later, says the same.
    const review = await query('training.quizzes.review', { id: view.id }, headers);
    expect(data(review)).toEqual(data(submitted));
  });

  it('refuses a submission after the time limit and its grace, and takes one within the grace', async () => {
    const { bundle, headers } = await learnerOfCourse();
    const { quiz, questions } = await quizOf(env, bundle, { timeLimitMinutes: 1, attemptsAllowed: 3 });
    now = start;
    const first = data(await mutate('training.quizzes.start', { quizId: quiz.id }, headers));
    expect(first.dueAt).toBe(after(60).toISOString());
    const answers = await answersFor(env, first.id, 'right');
    now = after(66);
    const late = await mutate('training.quizzes.submit', { id: first.id, answers }, { ...headers });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('作答时间已到，这次作答没有提交成功，已记为超时');
    expect(await env.db.quizAttempt.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: 'expired',
      score: null,
      submittedAt: null,
    });
    const counted = await env.db.question.findMany({ where: { id: { in: questions.map((q) => q.id) } } });
    expect(counted.every((q) => q.asked === 0 && q.correct === 0)).toBe(true);
    // Refused again, now that it is expired.
    expect((await mutate('training.quizzes.submit', { id: first.id, answers }, headers)).statusCode).toBe(409);

    now = after(120);
    const second = data(await mutate('training.quizzes.start', { quizId: quiz.id }, headers));
    expect(second.number).toBe(2);
    now = after(120 + 60 + 4);
    const inGrace = await mutate(
      'training.quizzes.submit',
      { id: second.id, answers: await answersFor(env, second.id, 'right') },
      headers,
    );
    expect(inGrace.statusCode).toBe(200);
    expect(data(inGrace)).toMatchObject({ status: 'submitted', score: 100 });
  });

  it('counts attempts on the server: a third start refused, two starts at once take the last attempt once', async () => {
    const { bundle, enrolment, headers } = await learnerOfCourse();
    const { quiz } = await quizOf(env, bundle, { attemptsAllowed: 2 });
    now = start;
    const first = data(await mutate('training.quizzes.start', { quizId: quiz.id }, headers));
    await mutate('training.quizzes.submit', { id: first.id, answers: [] }, headers);
    const both = await Promise.all([
      mutate('training.quizzes.start', { quizId: quiz.id }, headers),
      mutate('training.quizzes.start', { quizId: quiz.id }, headers),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const [a, b] = both.map(data);
    expect(a.number).toBe(2);
    expect(b.id).toBe(a.id);
    expect(await env.db.quizAttempt.count({ where: { quizId: quiz.id, enrolmentId: enrolment.id } })).toBe(2);
    await mutate('training.quizzes.submit', { id: a.id, answers: [] }, headers);
    const third = await mutate('training.quizzes.start', { quizId: quiz.id }, headers);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toBe('这个测验的 2 次作答机会已经用完');
    expect(await env.db.quizAttempt.count({ where: { quizId: quiz.id, enrolmentId: enrolment.id } })).toBe(2);
  });

  it('counts two submissions at once once: one taken, one refused, the statistics and the score counted once', async () => {
    const { bundle, enrolment, headers } = await learnerOfCourse();
    const { quiz, questions } = await quizOf(env, bundle);
    now = start;
    const view = data(await mutate('training.quizzes.start', { quizId: quiz.id }, headers));
    const answers = await answersFor(env, view.id, 'right');
    now = after(30);
    const both = await Promise.all([
      mutate('training.quizzes.submit', { id: view.id, answers }, headers),
      mutate('training.quizzes.submit', { id: view.id, answers }, headers),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = both.find((r) => r.statusCode === 409)!;
    expect(refused.json().error.message).toBe('这次作答已经提交过了');
    const counted = await env.db.question.findMany({ where: { id: { in: questions.map((q) => q.id) } } });
    expect(counted.map((q) => [q.asked, q.correct])).toEqual(questions.map(() => [1, 1]));
    expect(await env.db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } })).toMatchObject({
      status: 'submitted',
      score: 100,
      correctCount: 4,
    });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({
      bestScore: 100,
      status: 'completed',
    });
    expect(await env.db.trainingCertificate.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
    expect(await env.db.auditLog.count({ where: { action: 'quizAttempt.submit', entityId: String(view.id) } })).toBe(1);
  });
});
