// @vitest-environment happy-dom
// Taking a quiz against a mocked API: starting an attempt (asked first), answering each kind of question, submitting
// (asked first) and reading the result, whose right answers and explanations show only once submitted; the countdown
// reaching zero submits by itself; answers kept in sessionStorage come back after a reload; a refusal (the time up)
// shows in the server's words with the attempt's state after it; a submitted attempt's review from the address.
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accessOf, settle } from '../testing/render';
import {
  type Answers,
  byTestId,
  loadDialogs,
  refusal,
  renderWithApi,
  typeInto,
  until,
} from '../testing/render-with-api';
import { attemptView, ownCourse, ownQuiz, review } from './learn-fixtures';
import { QuizTakePage } from './quiz-take-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

afterEach(() => sessionStorage.clear());

function openQuiz(answers: Answers, at = '/training/learn/5/quizzes/8') {
  return renderWithApi(<QuizTakePage basePath="/training" />, {
    answers: { 'training.learning.course': () => ownCourse(), ...answers },
    at,
    route: '/training/learn/:courseId/quizzes/:quizId',
    access: accessOf({}),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof openQuiz>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
/** The option inputs (radios, checkboxes) of a question, in their shown order. */
const options = (questionId: number) =>
  Array.from(byTestId(`quiz-question-${questionId}`)?.querySelectorAll<HTMLInputElement>('input') ?? []);
const choose = (questionId: number, index: number) => act(() => options(questionId)[index]?.click());
const keysShown = () => document.querySelector('[data-testid^="quiz-key-"], [data-testid^="quiz-explanation-"]');

describe('taking a quiz', { timeout: 30_000 }, () => {
  it('starts once confirmed, takes an answer of every kind, and shows the keys only after submission', async () => {
    const drawn = openQuiz({
      'training.quizzes.mine': () => [ownQuiz()],
      'training.quizzes.start': () => attemptView(),
      'training.quizzes.attempt': () => attemptView(),
      'training.quizzes.submit': () => review(),
    });
    await until(() => byTestId('quiz-start') !== null, 'the quiz’s start');
    expect(text('quiz-intro-attempts')).toContain('已作答 0 / 3 次');
    click('quiz-start');
    await until(() => byTestId('quiz-start-ok') !== null, 'the confirmation');
    click('quiz-start-ok');
    await until(() => byTestId('quiz-question-101') !== null, 'the questions');
    expect(callsTo(drawn, 'training.quizzes.start')).toEqual([{ quizId: 8 }]);
    expect(text('quiz-countdown')).toMatch(/^(20:00|19:5\d)$/);
    expect(keysShown()).toBeNull();
    expect(document.body.textContent).not.toContain('审校人负责发布前审校');

    choose(101, 1);
    choose(102, 0);
    choose(102, 2);
    choose(103, 1);
    typeInto('quiz-answer-104', ' 3 ');
    await settle();
    expect(text('quiz-answered')).toContain('已答 4 / 4 题');
    // Kept for a reload, per attempt.
    expect(JSON.parse(sessionStorage.getItem('strata.training.quiz.70') ?? '{}')).toEqual({
      101: [1],
      102: [0, 2],
      103: false,
      104: ' 3 ',
    });

    click('quiz-submit');
    await until(() => byTestId('quiz-submit-ok') !== null, 'the confirmation');
    click('quiz-submit-ok');
    await until(() => byTestId('quiz-result') !== null, 'the result');
    expect(callsTo(drawn, 'training.quizzes.submit')).toEqual([
      {
        id: 70,
        answers: [
          { questionId: 101, given: [1] },
          { questionId: 102, given: [0, 2] },
          { questionId: 103, given: false },
          { questionId: 104, given: '3' },
        ],
      },
    ]);
    expect(drawn.path()).toBe('/training/learn/5/quizzes/8');
    expect(window.location.search).toBe('?review=70');
    expect(text('quiz-result-score')).toBe('67 分');
    expect(text('quiz-result-passed')).toBe('及格');
    expect(text('quiz-explanation-101')).toContain('审校人负责发布前审校');
    expect(text('quiz-key-102')).toContain('A、C');
    expect(text('quiz-right-102')).toBe('答错');
    expect(text('quiz-key-104')).toContain('3 或 三');
    expect(sessionStorage.getItem('strata.training.quiz.70')).toBeNull();
  });

  it('brings back the answers kept for the attempt, and submits them when the countdown reaches zero', async () => {
    // The test moves the clock the countdown reads: the attempt has a minute left until the test says it has passed,
    // however slowly the page draws.
    const realNow = Date.now.bind(Date);
    let ahead = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + ahead);
    try {
      sessionStorage.setItem('strata.training.quiz.70', JSON.stringify({ 101: [2], 103: true, 104: '三', 999: [1] }));
      const drawn = openQuiz({
        'training.quizzes.mine': () => [
          ownQuiz({ attemptsUsed: 1, attemptsLeft: 2, openAttempt: { id: 70, number: 1, dueAt: '' } }),
        ],
        'training.quizzes.attempt': () => attemptView({ secondsLeft: 60 }),
        'training.quizzes.submit': () => review(),
      });
      await until(() => byTestId('quiz-question-101') !== null, 'the attempt under way');
      expect(callsTo(drawn, 'training.quizzes.start')).toEqual([]);
      expect(options(101)[2]?.checked).toBe(true);
      expect(options(103)[0]?.checked).toBe(true);
      expect(byTestId<HTMLInputElement>('quiz-answer-104')?.value).toBe('三');
      expect(text('quiz-countdown')).toMatch(/^(01:00|00:5\d)$/);
      await settle(300);
      expect(callsTo(drawn, 'training.quizzes.submit')).toEqual([]);
      ahead = 61_000;
      await until(() => callsTo(drawn, 'training.quizzes.submit').length > 0, 'the submission at zero');
      expect(callsTo(drawn, 'training.quizzes.submit')).toEqual([
        {
          id: 70,
          answers: [
            { questionId: 101, given: [2] },
            { questionId: 103, given: true },
            { questionId: 104, given: '三' },
          ],
        },
      ]);
      await until(() => byTestId('quiz-result') !== null, 'the result');
    } finally {
      clock.mockRestore();
    }
  });

  it('shows a refused submission in the server’s words, and the attempt expired after it', async () => {
    let expired = false;
    openQuiz({
      'training.quizzes.mine': () => [
        ownQuiz({ attemptsUsed: 1, attemptsLeft: 2, openAttempt: { id: 70, number: 1, dueAt: '' } }),
      ],
      'training.quizzes.attempt': () =>
        expired ? attemptView({ status: 'expired', questions: [], secondsLeft: 0 }) : attemptView(),
      'training.quizzes.submit': () => {
        expired = true;
        throw refusal('作答时间已到，这次作答没有提交成功，已记为超时', 'CONFLICT');
      },
    });
    await until(() => byTestId('quiz-submit') !== null, 'the attempt');
    click('quiz-submit');
    await until(() => byTestId('quiz-submit-ok') !== null, 'the confirmation');
    click('quiz-submit-ok');
    await until(() => byTestId('quiz-expired') !== null, 'the expired attempt');
    expect(text('quiz-submit-failed')).toContain('作答时间已到');
    expect(text('quiz-expired')).toContain('第 1 次作答已超时');
    expect(byTestId('quiz-again')).not.toBeNull();
  });

  it('says when no attempt is left', async () => {
    openQuiz({
      'training.quizzes.mine': () => [ownQuiz({ attemptsUsed: 3, attemptsLeft: 0, bestScore: 67, passed: true })],
    });
    await until(() => byTestId('quiz-intro-closed') !== null, 'the quiz');
    expect(text('quiz-intro-closed')).toContain('作答次数已用完');
    expect(byTestId('quiz-start')).toBeNull();
  });

  it('reviews a submitted attempt named in the address', async () => {
    const drawn = openQuiz(
      {
        'training.quizzes.mine': () => [ownQuiz({ attemptsUsed: 1, attemptsLeft: 2, bestScore: 67, passed: true })],
        'training.quizzes.review': () => review(),
      },
      '/training/learn/5/quizzes/8?review=70',
    );
    await until(() => byTestId('quiz-result') !== null, 'the review');
    expect(callsTo(drawn, 'training.quizzes.review')).toEqual([{ id: 70 }]);
    expect(text('quiz-explanation-102')).toContain('手机号也是个人信息');
    // Offered once the learner's quizzes are in too, which may answer after the review.
    await until(() => byTestId('quiz-retake') !== null, 'the offer to take it again');
  });
});
