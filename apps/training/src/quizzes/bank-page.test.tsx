// @vitest-environment happy-dom
// A question bank's page against a mocked API: the bank read by its id with its course (`training.quizzes.bank`),
// which heads the page and leads back to the course's quizzes tab; its questions asked for with the URL's filters,
// each with its kind, points and rate; retiring asks first, then retires; the server's refusal is shown in its words;
// an archived course's bank is read only (questions open to be read); a bank the server does not give reads as not
// found, and a bad address asks nothing.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { BankPage } from './bank-page';
import { bankDetail, courseTitle, singleQuestion, unitId } from './quiz-fixtures';

beforeAll(loadDialogs, 60_000);

const questions = [
  singleQuestion(21, { asked: 12, correct: 9 }),
  singleQuestion(22, { kind: 'truefalse', stem: '可以把工作文件存到个人网盘。', answer: false, points: 1 }),
];

function openPage(at: string, answers: Answers = {}) {
  return renderWithApi(<BankPage basePath="/training" />, {
    answers: {
      'training.quizzes.bank': () => bankDetail(7, { name: '安全基础题库' }),
      'training.quizzes.questions': () => ({ items: questions, total: questions.length, totalIsBound: false }),
      ...answers,
    },
    at,
    route: '/training/banks/:id',
    access: accessOf({ 'training.manage': [unitId], 'training.teach': [unitId] }, unitId),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());

describe('a question bank’s page', { timeout: 30_000 }, () => {
  it('reads the bank by its id, headed by its course, and asks for its questions with the URL’s filters', async () => {
    const drawn = openPage('/training/banks/7?kind=single&retired=false');
    await until(() => byTestId('question-rate-22') !== null, 'the questions');
    expect(drawn.calls.filter((c) => c.path === 'training.quizzes.bank').map((c) => c.input)).toEqual([{ id: 7 }]);
    expect(drawn.calls.find((c) => c.path === 'training.quizzes.questions')?.input).toEqual({
      bankId: 7,
      kind: 'single',
      retired: false,
      page: 1,
      pageSize: 20,
    });
    // Nothing of the course is asked for apart from the bank: it comes with its course.
    expect(drawn.calls.map((c) => c.path).filter((p) => p.startsWith('training.courses'))).toEqual([]);
    expect(document.querySelector('h4')?.textContent).toBe('安全基础题库');
    expect(text('bank-course')).toBe(courseTitle);
    // The breadcrumbs come with their part, fetched when a page first shows them.
    await until(() => document.querySelector('.ant-breadcrumb a') !== null, 'the breadcrumbs');
    const crumbs = [...document.querySelectorAll('.ant-breadcrumb a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(crumbs).toEqual([
      ['课程管理', '/training/courses'],
      [courseTitle, '/training/courses/3?tab=quizzes'],
    ]);
    expect(text('bank-counts')).toBe('可用 12 道 · 已停用 1 道');
    expect(text('question-rate-21')).toBe('75%');
    expect(text('question-rate-22')).toBe('—');
    expect(document.body.textContent).toContain('判断题');
    expect(byTestId('question-create')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId('question-create')?.getAttribute('data-unit')).toBe(String(unitId));
  });

  it('retires a question after asking, and shows the server’s refusal in its words', async () => {
    const word = '已发布的测验《结业测验》每次要抽 12 道题，停用这道题后题库里可用的题就不够了';
    const drawn = openPage('/training/banks/7', {
      'training.quizzes.retireQuestion': () => {
        throw refusal(word, 'CONFLICT');
      },
    });
    await until(() => byTestId('question-retire-21') !== null, 'the questions');
    click('question-retire-21');
    await until(() => byTestId('question-retire-ok') !== null, 'the question');
    expect(document.body.textContent).toContain('停用后新的作答不再抽到这道题');
    click('question-retire-ok');
    await until(() => (text('bank-failed') ?? '').includes(word), 'the refusal');
    expect(drawn.calls.filter((c) => c.path === 'training.quizzes.retireQuestion').map((c) => c.input)).toEqual([
      { id: 21 },
    ]);
  });

  it('keeps an archived course’s bank read only, its questions open to be read with their keys', async () => {
    openPage('/training/banks/7', {
      'training.quizzes.bank': () => bankDetail(7, { canManage: false }),
    });
    await until(() => byTestId('question-view-21') !== null, 'the questions');
    expect(byTestId('question-create')).toBeNull();
    expect(byTestId('question-retire-21')).toBeNull();
    expect(byTestId('question-view-21')?.hasAttribute('data-neutral')).toBe(true);
    click('question-view-21');
    await until(() => byTestId('question-option-0') !== null, 'the question');
    expect(byTestId<HTMLInputElement>('question-option-0')?.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('question-option-right-0')?.checked).toBe(true);
    expect(byTestId('question-form-save')).toBeNull();
  });

  it('reads a bank the server does not give as not found, and asks nothing for a bad address', async () => {
    const drawn = openPage('/training/banks/99', {
      'training.quizzes.bank': () => {
        throw refusal('题库不存在或不在您的管理范围内', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('bank-not-found') !== null, 'the not-found page');
    expect(drawn.calls.map((c) => c.input)).toEqual([{ id: 99 }]);
    expect(text('bank-not-found')).toContain('没有找到这个题库');
    expect(text('bank-not-found')).toContain('请从课程的“测验”页打开题库');
    expect(document.title).toMatch(/^没有找到这个题库 - /);
    const back = byTestId('bank-not-found')?.querySelector('a');
    expect(back?.getAttribute('href')).toBe('/training/courses');
    expect(back?.textContent).toBe('返回课程管理');
    // A plain click goes back inside the console (the address is not loaded afresh).
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    act(() => void back?.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    expect(drawn.path()).toBe('/training/courses');
    document.body.innerHTML = '';
    const bad = openPage('/training/banks/abc');
    await until(() => byTestId('bank-not-found') !== null, 'the not-found page');
    expect(bad.calls).toEqual([]);
  });
});
