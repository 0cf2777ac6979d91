// @vitest-environment happy-dom
// My page of a course against a mocked API: progress and what completion asks with what is done, the lessons with
// ticks, the quizzes (start, continue), the sessions, withdrawing once confirmed; a completed course's certificate and
// no withdrawal; a course I am not enrolled in offering to enrol, and the server's refusal when it is not open to me.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { LearnCoursePage } from './learn-course-page';
import { ownCourse, ownQuiz, page, upcoming } from './learn-fixtures';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

function openCourse(answers: Answers, at = '/training/learn/5') {
  return renderWithApi(<LearnCoursePage basePath="/training" />, {
    answers: {
      'training.quizzes.mine': () => [
        ownQuiz(),
        ownQuiz({
          id: 9,
          title: '单元测验',
          openAttempt: { id: 77, number: 2, dueAt: '2026-12-01T03:00:00.000Z' },
          attemptsUsed: 2,
          attemptsLeft: 1,
          bestScore: 50,
          attempts: [
            {
              id: 76,
              number: 1,
              status: 'submitted',
              score: 50,
              passed: false,
              submittedAt: '2026-11-30T03:00:00.000Z',
            },
            { id: 77, number: 2, status: 'open', score: null, passed: false, submittedAt: null },
          ],
        }),
      ],
      'training.sessions.upcoming': () => page([upcoming(21)]),
      ...answers,
    },
    at,
    route: '/training/learn/:courseId',
    access: accessOf({}),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof openCourse>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('my page of a course', { timeout: 30_000 }, () => {
  it('shows progress against what completion asks, the lessons, quizzes and sessions, and withdraws once confirmed', async () => {
    const drawn = openCourse({
      'training.learning.course': () => ownCourse(),
      'training.learning.withdraw': () => ({ id: 50, status: 'withdrawn' }),
    });
    await until(() => byTestId('learn-course-page') !== null, 'the course');
    expect(callsTo(drawn, 'training.learning.course')).toEqual([{ courseId: 5 }]);
    expect(text('course-requirement-lessons')).toContain('学完全部 3 个课时');
    expect(text('course-requirement-lessons')).toContain('已学 1 / 3 个');
    expect(text('course-requirement-lessons')).toContain('未达成');
    expect(text('course-requirement-score')).toContain('测验最高分达到 60 分');
    expect(text('course-requirement-sessions')).toContain('参加 1 次面授课');
    // The lessons: done ticked, each opening its page.
    expect(byTestId('course-lesson-row-11')?.dataset.done).toBe('true');
    expect(byTestId('course-lesson-row-12')?.dataset.done).toBeUndefined();
    expect(byTestId('course-lesson-12')?.getAttribute('href')).toBe('/training/learn/5/lessons/12');
    // The quizzes: one to start, one under way to go on with.
    await until(() => byTestId('course-quiz-8') !== null, 'the quizzes');
    expect(text('course-quiz-attempts-9')).toContain('已作答 2 / 3 次，还可作答 1 次');
    expect(byTestId('course-quiz-start-8')).not.toBeNull();
    expect(text('course-quiz-continue-9')).toContain('继续第 2 次作答');
    // The submitted attempt opens its review; the one under way is continued, not reviewed.
    expect(text('course-quiz-review-76')).toBe('第 1 次（50 分）');
    expect(byTestId('course-quiz-review-76')?.getAttribute('href')).toBe('/training/learn/5/quizzes/9?review=76');
    expect(byTestId('course-quiz-review-77')).toBeNull();
    await until(() => byTestId('course-sessions-21') !== null, 'the sessions');
    expect(callsTo(drawn, 'training.sessions.upcoming')[0]).toEqual({ courseId: 5, page: 1, pageSize: 20 });
    // Next: the first lesson not done.
    click('course-next-lesson');
    await settle();
    expect(drawn.path()).toBe('/training/learn/5/lessons/12');
  });

  it('withdraws from a course I enrolled in myself once confirmed', async () => {
    const drawn = openCourse({
      'training.learning.course': () => ownCourse(),
      'training.learning.withdraw': () => ({ id: 50, status: 'withdrawn' }),
    });
    await until(() => byTestId('course-withdraw') !== null, 'the course');
    click('course-withdraw');
    await until(() => byTestId('course-withdraw-ok') !== null, 'the confirmation');
    click('course-withdraw-ok');
    await until(() => callsTo(drawn, 'training.learning.withdraw').length > 0, 'the withdrawal');
    expect(callsTo(drawn, 'training.learning.withdraw')).toEqual([{ id: 50 }]);
  });

  it('shows a completed course’s certificate, and offers no withdrawal from an assigned one', async () => {
    openCourse({
      'training.learning.course': () =>
        ownCourse({
          status: 'completed',
          source: 'assigned',
          progress: 100,
          completedAt: '2026-11-30T08:00:00.000Z',
          certificate: { number: 'PX2026-000123', revoked: false },
        }),
    });
    await until(() => byTestId('course-certificate') !== null, 'the certificate');
    const link = byTestId<HTMLAnchorElement>('course-certificate-number');
    expect(link?.getAttribute('href')).toBe('/site/verify/training/PX2026-000123');
    expect(link?.target).toBe('_blank');
    expect(byTestId('course-withdraw')).toBeNull();
  });

  it('offers to enrol in a course I am not enrolled in, and says so when it is not open to me', async () => {
    const drawn = openCourse({
      'training.learning.course': () => {
        throw refusal('您还没有报名这门课程', 'NOT_FOUND');
      },
      'training.learning.enrol': () => {
        throw refusal('这门课程不存在或不对您开放报名', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('course-enrol') !== null, 'the offer');
    expect(text('course-not-enrolled-note')).toContain('您还没有报名这门课程');
    click('course-enrol');
    await until(() => byTestId('course-enrol-ok') !== null, 'the confirmation');
    click('course-enrol-ok');
    await until(() => text('course-not-enrolled-note').includes('不对您开放报名'), 'the refusal');
    expect(callsTo(drawn, 'training.learning.enrol')).toEqual([{ courseId: 5 }]);
    expect(text('course-not-enrolled-note')).toContain('这门课程没有对您开放报名');
    expect(byTestId('course-enrol')).toBeNull();
  });
});
