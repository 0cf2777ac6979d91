// @vitest-environment happy-dom
// A quiz's results page against a mocked API: it asks for the attempts in the URL's order and state, heads the page
// with the quiz's title, terms and course as `training.quizzes.get` gives them (the breadcrumb and the way back lead
// to the course's quizzes tab for one who manages it; a trainer who does not gets the course's name only), shows each
// attempt's score with its verdict against the pass score (none for an attempt not submitted), and each question's
// rate as a bar, the hardest first when asked; a quiz out of reach reads as not found.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { courseTitle, quizDetail, result, stat, unitId } from './quiz-fixtures';
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

const grants = { 'training.manage': [unitId], 'training.teach': [unitId] };

function openPage(at: string, answers: Answers = {}, allowed: Record<string, number[]> = grants) {
  return renderWithApi(<QuizResultsPage basePath="/training" />, {
    answers: {
      'training.quizzes.results': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'training.quizzes.questionStats': () => stats,
      'training.quizzes.get': () => quizDetail(4, { title: '结业测验', status: 'published', passScore: 60 }),
      ...answers,
    },
    at,
    route: '/training/quizzes/:id',
    access: accessOf(allowed, unitId),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const crumbs = () =>
  [...document.querySelectorAll('.ant-breadcrumb li')]
    .map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null])
    .filter(([title]) => title !== '/');
const stemsInOrder = () =>
  [...document.querySelectorAll('[data-testid^="stat-stem-"]')].map((el) => el.getAttribute('data-testid'));

describe('a quiz’s results page', { timeout: 30_000 }, () => {
  it('asks for the attempts in the URL’s order and state, headed by the quiz and its course', async () => {
    const drawn = openPage('/training/quizzes/4?sort=score&order=asc&status=submitted&page=2');
    await until(() => byTestId('results-heading') !== null, 'the heading');
    expect(drawn.calls.filter((c) => c.path === 'training.quizzes.get').map((c) => c.input)).toEqual([{ id: 4 }]);
    const asked = drawn.calls.filter((c) => c.path === 'training.quizzes.results').map((c) => c.input);
    expect(asked[0] as ResultListInput).toEqual({
      quizId: 4,
      status: 'submitted',
      sort: 'score',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
    // The heading comes with the quiz: neither the course nor its quizzes are asked for.
    expect(drawn.calls.map((c) => c.path).filter((p) => p.startsWith('training.courses'))).toEqual([]);
    expect(drawn.calls.some((c) => c.path === 'training.quizzes.list')).toBe(false);
    expect(document.querySelector('h4')?.textContent).toBe('结业测验');
    expect(text('results-terms')).toBe('每次 10 题 · 限时 30 分钟 · 及格 60 分 · 可作答 3 次');
    expect(text('results-quiz-status')).toBe('已发布');
    expect(text('results-course')).toBe(courseTitle);
    // The breadcrumbs come with their part, fetched when a page first shows them.
    await until(() => crumbs().length > 0, 'the breadcrumbs');
    expect(crumbs()).toEqual([
      ['课程管理', '/training/courses'],
      [courseTitle, '/training/courses/3?tab=quizzes'],
    ]);
    expect(drawn.calls.find((c) => c.path === 'training.quizzes.questionStats')?.input).toEqual({ quizId: 4 });
  });

  it('names the course without leading to it for a trainer who does not manage courses', async () => {
    openPage('/training/quizzes/4', {}, { 'training.teach': [unitId] });
    await until(() => byTestId('results-heading') !== null, 'the heading');
    expect(document.querySelector('h4')?.textContent).toBe('结业测验');
    // The breadcrumbs come with their part, fetched when a page first shows them.
    await until(() => crumbs().length > 0, 'the breadcrumbs');
    expect(crumbs()).toEqual([[courseTitle, null]]);
  });

  it('shows each attempt’s score with its verdict, and none for one under way', async () => {
    openPage('/training/quizzes/4');
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
    openPage('/training/quizzes/4');
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
    openPage('/training/quizzes/4', {
      'training.quizzes.results': () => ({ items: [], total: 0, totalIsBound: false }),
    });
    await until(() => byTestId('results-empty') !== null, 'the empty list');
    expect(text('results-empty')).toContain('还没有学员作答这个测验');
  });

  it('reads a quiz out of reach as not found, with the way back to the courses', async () => {
    const gone = () => {
      throw refusal('测验不存在或不在您的管理范围内', 'NOT_FOUND');
    };
    const drawn = openPage('/training/quizzes/9', {
      'training.quizzes.get': gone,
      'training.quizzes.results': gone,
      'training.quizzes.questionStats': gone,
    });
    await until(() => byTestId('results-not-found') !== null, 'the not-found page');
    expect(drawn.calls.find((c) => c.path === 'training.quizzes.get')?.input).toEqual({ id: 9 });
    expect(byTestId('results-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/training/courses');
    expect(byTestId('results-not-found')?.querySelector('a')?.textContent).toBe('返回课程管理');
    expect(text('results-not-found')).toContain('请从课程的“测验”页打开成绩');
    expect(byTestId('results-page')).toBeNull();
  });

  it('sends a trainer who does not manage courses back to their learning from a quiz not found', async () => {
    openPage(
      '/training/quizzes/9',
      {
        'training.quizzes.get': () => {
          throw refusal('测验不存在或不在您的管理范围内', 'NOT_FOUND');
        },
      },
      { 'training.teach': [unitId] },
    );
    await until(() => byTestId('results-not-found') !== null, 'the not-found page');
    expect(byTestId('results-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/training/learn');
    expect(text('results-not-found')).toContain('回到我的学习');
    document.body.innerHTML = '';
    const bad = openPage('/training/quizzes/0');
    await until(() => byTestId('results-not-found') !== null, 'the not-found page');
    expect(bad.calls).toEqual([]);
  });
});
