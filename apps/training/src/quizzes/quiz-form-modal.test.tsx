// @vitest-environment happy-dom
// The quiz form against a mocked API: a new quiz is sent with its bank and terms; more questions per attempt than
// the bank holds is a warning, not a refusal (a draft may wait for its questions); a published quiz's attempts
// cannot go down in the form.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { bank, courseId, quiz, unitId } from './quiz-fixtures';
import { QuizFormModal } from './quiz-form-modal';
import type { QuizRow } from './quiz-types';

beforeAll(loadDialogs, 60_000);

async function openForm(edited: QuizRow | undefined) {
  const sent: unknown[] = [];
  const record = (input: unknown) => {
    sent.push(input);
    return { id: 1 };
  };
  renderWithApi(
    <QuizFormModal courseId={courseId} banks={[bank(7, { questions: 6 })]} quiz={edited} onClose={() => {}} />,
    {
      answers: { 'training.quizzes.create': record, 'training.quizzes.update': record },
      at: `/training/courses/${courseId}?tab=quizzes`,
      route: '/training/courses/:id',
      access: accessOf({ 'training.manage': [unitId] }, unitId),
    },
  );
  await until(() => byTestId('quiz-form-title') !== null, 'the form');
  return sent;
}

const save = () => act(() => byTestId('quiz-form-save')?.click());
const formText = () => byTestId('quiz-form')?.textContent ?? '';

describe('the quiz form', { timeout: 30_000 }, () => {
  it('sends a new quiz with its only bank and its terms, warning of a short bank', async () => {
    const sent = await openForm(undefined);
    // The hint follows the bank the form watches, drawn a turn after the form itself.
    await until(() => formText().includes('所选题库现有 6 道可用的题'), 'the bank’s hint');
    typeInto('quiz-form-title', ' 第一单元测验 ');
    save();
    await until(() => sent.length > 0, 'the save');
    expect(formText()).toContain('可以先保存，补足试题后才能发布');
    expect(sent).toEqual([
      {
        courseId,
        bankId: 7,
        title: '第一单元测验',
        questionCount: 10,
        timeLimitMinutes: 30,
        attemptsAllowed: 3,
        passScore: 60,
      },
    ]);
  });

  it('lets a published quiz’s attempts go up only, its other terms as they were', async () => {
    const sent = await openForm(quiz(2, { status: 'published', attemptsAllowed: 3 }));
    expect(byTestId('quiz-form-attempts')?.getAttribute('aria-valuemin')).toBe('3');
    expect(formText()).toContain('作答次数只能增加（现在是 3 次）');
    typeInto('quiz-form-attempts', '5');
    save();
    await until(() => sent.length > 0, 'the save');
    expect(sent).toEqual([
      {
        id: 2,
        bankId: 7,
        title: '第 2 次测验',
        questionCount: 10,
        timeLimitMinutes: 30,
        attemptsAllowed: 5,
        passScore: 60,
      },
    ]);
  });
});
