// @vitest-environment happy-dom
// A quiz's results page against a mocked API: it asks for the attempts in the URL's order and state, heads the page
// with the quiz's title and terms from the course's quizzes, shows each attempt's score with its verdict against the
// pass score (none for an attempt not submitted), and each question's rate as a bar, the hardest first when asked;
// a quiz out of reach reads as not found.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { course, quiz, result, stat, unitId } from './quiz-fixtures';
import { QuizResultsPage } from './quiz-results-page';
import type { ResultListInput } from './quiz-types';

beforeAll(loadDialogs, 60_000);

const rows = [
  result(1),
  result(2, { learnerName: '李四', number: 2, score: 40, passed: false }),
  result(3, { learnerName: '王五', status: 'open', score: null, passed: false, submittedAt: null }),
];
const stats = [
  stat(11, { stem: '弱口令的风险', asked: 10, correct: 9, rate: 90 }),
  stat(12, { stem: '钓鱼邮件的特征', asked: 10, correct: 3, rate: 30 }),
  stat(13, { stem: '新加的题', asked: 0, correct: 0, rate: null }),
  stat(14, { stem: '停用的题', retired: true, asked: 4, correct: 2, rate: 50 }),
];

function openPage(at: string, answers: Answers = {}) {
  return renderWithApi(<QuizResultsPage basePath="/training" />, {
    answers: {
      'training.quizzes.results': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'training.quizzes.questionStats': () => stats,
      'training.courses.get': () => course(),
      'training.quizzes.list': () => [quiz(4, { title: '结业测验', status: 'published', passScore: 60 })],
      ...answers,
    },
    at,
    route: '/training/quizzes/:id',
    access: accessOf({ 'training.manage': [unitId], 'training.teach': [unitId] }, unitId),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const stemsInOrder = () =>
  [...document.querySelectorAll('[data-testid^="stat-stem-"]')].map((el) => el.getAttribute('data-testid'));

describe('a quiz’s results page', { timeout: 30_000 }, () => {
  it('asks for the attempts in the URL’s order and state, headed by the quiz and its course', async () => {
    const drawn = openPage('/training/quizzes/4?course=3&sort=score&order=asc&status=submitted&page=2');
    await until(() => byTestId('results-heading') !== null, 'the heading');
    const asked = drawn.calls.filter((c) => c.path === 'training.quizzes.results').map((c) => c.input);
    expect(asked[0] as ResultListInput).toEqual({
      quizId: 4,
      status: 'submitted',
      sort: 'score',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
    expect(document.querySelector('h4')?.textContent).toBe('结业测验');
    expect(text('results-terms')).toBe('每次 10 题 · 限时 30 分钟 · 及格 60 分 · 可作答 3 次');
    expect(text('results-quiz-status')).toBe('已发布');
    expect(document.querySelector('.ant-breadcrumb')?.textContent).toContain('网络安全基础');
    expect(drawn.calls.find((c) => c.path === 'training.quizzes.questionStats')?.input).toEqual({ quizId: 4 });
  });

  it('shows each attempt’s score with its verdict, and none for one under way', async () => {
    openPage('/training/quizzes/4?course=3');
    await until(() => byTestId('result-score-3') !== null, 'the attempts');
    expect(text('result-score-1')).toBe('80 分及格');
    expect(text('result-pass-2')).toBe('不及格');
    expect(text('result-score-3')).toBe('—');
    expect(byTestId('result-pass-3')).toBeNull();
    expect(text('result-status-3')).toBe('作答中');
    expect(document.body.textContent).toContain('得分（及格 60 分）');
    expect(document.body.textContent).toContain('城关镇东街社区');
    expect(document.body.textContent).toContain('第 2 次');
  });

  it('draws each question’s rate as a bar, the hardest first when asked', async () => {
    openPage('/training/quizzes/4?course=3');
    await until(() => byTestId('stat-stem-14') !== null, 'the statistics');
    expect(stemsInOrder()).toEqual(['stat-stem-11', 'stat-stem-12', 'stat-stem-13', 'stat-stem-14']);
    await until(() => byTestId('stat-rate-12')?.querySelector('.ant-progress') !== null, 'the bars');
    expect(text('stat-rate-12')).toContain('30%');
    expect(text('stat-rate-13')).toBe('尚无作答');
    expect(byTestId('stat-retired-14')).not.toBeNull();
    const hardest = [...(byTestId('stats-order')?.querySelectorAll('label') ?? [])].find((l) =>
      l.textContent?.includes('最难的在前'),
    );
    act(() => hardest?.click());
    await until(() => stemsInOrder()[0] === 'stat-stem-12', 'the hardest first');
    expect(stemsInOrder()).toEqual(['stat-stem-12', 'stat-stem-14', 'stat-stem-11', 'stat-stem-13']);
  });

  it('says so when nobody has taken the quiz yet', async () => {
    openPage('/training/quizzes/4?course=3', {
      'training.quizzes.results': () => ({ items: [], total: 0, totalIsBound: false }),
    });
    await until(() => byTestId('results-empty') !== null, 'the empty list');
    expect(text('results-empty')).toContain('还没有学员作答这个测验');
  });

  it('reads a quiz out of reach as not found, with the way back to its course', async () => {
    openPage('/training/quizzes/9?course=3', {
      'training.quizzes.results': () => {
        throw refusal('测验不存在或不在您的管理范围内', 'NOT_FOUND');
      },
      'training.quizzes.questionStats': () => {
        throw refusal('测验不存在或不在您的管理范围内', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('results-not-found') !== null, 'the not-found page');
    expect(byTestId('results-not-found')?.querySelector('a')?.getAttribute('href')).toBe(
      '/training/courses/3?tab=quizzes',
    );
  });
});
