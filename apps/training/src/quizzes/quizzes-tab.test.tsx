// @vitest-environment happy-dom
// A course's quizzes tab against a mocked API: its quizzes with their terms and states, each leading to its results;
// publishing asks first (warning when the bank is short), then publishes and shows the new state; the server's refusal
// is shown in its words; a published quiz opens with its terms disabled and the reason; with no bank yet, the tab says
// to create one first and offers no quiz.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { bank, courseId, quiz, unitId } from './quiz-fixtures';
import type { QuizRow } from './quiz-types';
import { QuizzesTab } from './quizzes-tab';

beforeAll(loadDialogs, 60_000);

const grants = { 'training.manage': [unitId], 'training.teach': [unitId] };

async function openTab(
  answers: Answers = {},
  {
    allowed = grants,
    canManage = true,
    shows = '结业测验',
  }: { allowed?: Record<string, number[]>; canManage?: boolean; shows?: string } = {},
) {
  const drawn = renderWithApi(
    <QuizzesTab courseId={courseId} unitId={unitId} basePath="/training" canManage={canManage} />,
    {
      answers: {
        'training.quizzes.banks': () => [bank(7), bank(8, { name: '保密常识', questions: 3, retired: 0 })],
        'training.quizzes.list': () => [quiz(1), quiz(2, { status: 'published', title: '结业测验' })],
        ...answers,
      },
      at: `/training/courses/${courseId}?tab=quizzes`,
      route: '/training/courses/:id',
      access: accessOf(allowed, unitId),
    },
  );
  await until(() => byTestId('quizzes-table') !== null && byTestId('banks-table') !== null, 'the tab');
  await until(() => (byTestId('quizzes-tab')?.textContent ?? '').includes(shows), 'the quizzes');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = (testId: string) => byTestId(testId)?.textContent;

describe('the quizzes tab', { timeout: 30_000 }, () => {
  it('lists the quizzes with their terms and the banks with their questions', async () => {
    await openTab();
    const tab = text('quizzes-tab') ?? '';
    expect(tab).toContain('30 分钟');
    expect(tab).toContain('60 分');
    expect(text('quiz-status-1')).toBe('草稿');
    expect(text('quiz-status-2')).toBe('已发布');
    expect(byTestId('quiz-results-1')?.getAttribute('href')).toBe('/training/quizzes/1');
    expect(byTestId('bank-link-8')?.getAttribute('href')).toBe('/training/banks/8');
    expect(text('bank-questions-8')).toBe('3');
    expect(byTestId('quiz-publish-1')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId('quiz-publish-2')).toBeNull();
    expect(byTestId('quiz-close-2')).not.toBeNull();
  });

  it('publishes a draft after asking, and shows it published', async () => {
    let published = false;
    const drawn = await openTab({
      'training.quizzes.publish': () => {
        published = true;
        return { id: 1 };
      },
      'training.quizzes.list': (): QuizRow[] => [
        quiz(1, { status: published ? 'published' : 'draft' }),
        quiz(2, { status: 'published', title: '结业测验' }),
      ],
    });
    click('quiz-publish-1');
    await until(() => byTestId('quiz-publish-ok') !== null, 'the question');
    expect(document.body.textContent).toContain('发布测验《第 1 次测验》？');
    expect(byTestId('quiz-publish-short')).toBeNull();
    expect(published).toBe(false);
    click('quiz-publish-ok');
    await until(() => text('quiz-status-1') === '已发布', 'the quiz published');
    expect(drawn.calls.filter((c) => c.path === 'training.quizzes.publish').map((c) => c.input)).toEqual([{ id: 1 }]);
    expect(byTestId('quiz-close-1')).not.toBeNull();
  });

  it('warns of a short bank, and shows the server’s refusal in its words', async () => {
    const word = '题库里现在只有 3 道可用的题，不够每次抽 10 道';
    await openTab(
      {
        'training.quizzes.list': () => [quiz(1, { bankId: 8, bankName: '保密常识' })],
        'training.quizzes.publish': () => {
          throw refusal(word, 'BAD_REQUEST', { questionCount: [word] });
        },
      },
      { shows: '保密常识' },
    );
    click('quiz-publish-1');
    await until(() => byTestId('quiz-publish-ok') !== null, 'the question');
    expect(text('quiz-publish-short')).toContain('只有 3 道可用的题');
    click('quiz-publish-ok');
    await until(() => (text('quizzes-failed') ?? '').includes(word), 'the refusal');
    expect(text('quiz-status-1')).toBe('草稿');
  });

  it('opens a published quiz with its terms disabled and the reason', async () => {
    await openTab();
    click('quiz-edit-2');
    await until(() => byTestId('quiz-form-settled') !== null, 'the form');
    expect(text('quiz-form-settled')).toContain('测验已经发布');
    for (const field of ['quiz-form-count', 'quiz-form-minutes', 'quiz-form-pass'])
      expect(byTestId<HTMLInputElement>(field)?.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('quiz-form-title')?.disabled).toBe(false);
    expect(byTestId<HTMLInputElement>('quiz-form-attempts')?.disabled).toBe(false);
    expect(byTestId('quiz-form')?.textContent).toContain('作答次数只能增加（现在是 3 次）');
  });

  it('with no bank yet, says to create one first and offers no quiz', async () => {
    await openTab(
      { 'training.quizzes.banks': () => [], 'training.quizzes.list': () => [] },
      { shows: '请先在下方新建题库' },
    );
    expect(text('quizzes-table-empty')).toContain('请先在下方新建题库');
    expect(text('banks-table-empty')).toContain('点“新建题库”');
    expect(byTestId('quiz-create')).toBeNull();
    expect(byTestId('bank-create')?.getAttribute('data-permission')).toBe('training.manage');
  });

  it('offers no act to one who may not change the course', async () => {
    await openTab({}, { allowed: { 'training.teach': [unitId] }, canManage: false });
    expect(byTestId('quiz-edit-1')).toBeNull();
    expect(byTestId('quiz-publish-1')).toBeNull();
    expect(byTestId('bank-create')).toBeNull();
    expect(byTestId('quiz-results-1')).not.toBeNull();
  });
});
