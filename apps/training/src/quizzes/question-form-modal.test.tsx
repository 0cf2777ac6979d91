// @vitest-environment happy-dom
// The question form by kind against a mocked API: a single choice is sent with the position of the one choice marked
// right; two marked right (ticked as a multiple choice, then turned into a single one) are refused in the form, as is
// a blank without an accepted answer, and nothing is sent; a question already drawn shows its kind, key and points
// disabled with the reason, and its wording still saves; the server's refusal of the key lands on the choices.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import {
  type Answers,
  byTestId,
  loadDialogs,
  refusal,
  renderWithApi,
  typeInto,
  until,
} from '../testing/render-with-api';
import { QuestionFormModal } from './question-form-modal';
import { singleQuestion, unitId } from './quiz-fixtures';
import type { EditorQuestion } from './quiz-types';

beforeAll(loadDialogs, 60_000);

const bankId = 7;

async function openForm(question: EditorQuestion | undefined, answers: Answers = {}) {
  const sent: { path: string; input: unknown }[] = [];
  const record = (path: string) => (input: unknown) => {
    sent.push({ path, input });
    return { id: 1 };
  };
  renderWithApi(<QuestionFormModal bankId={bankId} question={question} onClose={() => {}} />, {
    answers: {
      'training.quizzes.createQuestion': record('create'),
      'training.quizzes.updateQuestion': record('update'),
      ...answers,
    },
    at: `/training/banks/${bankId}`,
    route: '/training/banks/:id',
    access: accessOf({ 'training.manage': [unitId] }, unitId),
  });
  await until(() => byTestId('question-form-stem') !== null, 'the form');
  return sent;
}

const click = (el: Element | null | undefined) => act(() => (el as HTMLElement | null)?.click());
const kindInput = (kind: string) => document.querySelector<HTMLInputElement>(`input[type="radio"][value="${kind}"]`);
const save = () => click(byTestId('question-form-save'));
const formText = () => byTestId('question-form')?.textContent ?? '';

describe('the question form', { timeout: 30_000 }, () => {
  it('sends a single choice with the position of the choice marked right', async () => {
    const sent = await openForm(undefined);
    typeInto('question-form-stem', '  发现可疑邮件附件，应当怎么做？ ');
    typeInto('question-option-0', '直接打开看看');
    typeInto('question-option-1', '不打开，报告信息化部门');
    typeInto('question-option-2', '转发给同事');
    click(byTestId('question-option-remove-3'));
    await until(() => byTestId('question-option-3') === null, 'the fourth choice removed');
    click(byTestId('question-option-right-1'));
    save();
    await until(() => sent.length > 0, 'the save');
    expect(sent).toEqual([
      {
        path: 'create',
        input: {
          bankId,
          kind: 'single',
          stem: '发现可疑邮件附件，应当怎么做？',
          explanation: '',
          points: 1,
          options: ['直接打开看看', '不打开，报告信息化部门', '转发给同事'],
          answer: 1,
        },
      },
    ]);
  });

  it('marks one choice only in a single choice, and refuses two marked right in the form', async () => {
    const sent = await openForm(undefined);
    typeInto('question-form-stem', '下列哪项是安全的口令？');
    for (const [i, text] of ['123456', 'Zx!9q#Lm2', 'password', 'Qw8$eR2!t'].entries())
      typeInto(`question-option-${i}`, text);
    // A radio per choice: marking another unmarks the first.
    click(byTestId('question-option-right-0'));
    click(byTestId('question-option-right-1'));
    expect(byTestId<HTMLInputElement>('question-option-right-0')?.checked).toBe(false);
    expect(byTestId<HTMLInputElement>('question-option-right-1')?.checked).toBe(true);
    // As a multiple choice, two ticked; turned back into a single choice, the form says one only.
    click(kindInput('multiple'));
    await until(() => byTestId('question-option-right-3')?.getAttribute('type') === 'checkbox', 'check boxes');
    click(byTestId('question-option-right-3'));
    click(kindInput('single'));
    await until(() => byTestId('question-option-right-3')?.getAttribute('type') === 'radio', 'radios');
    save();
    await until(() => formText().includes('单选题只能有一个正确答案，现在标了 2 个'), 'the refusal');
    expect(sent).toEqual([]);
  });

  it('refuses a blank without an accepted answer, and sends one with its answers', async () => {
    const sent = await openForm(undefined);
    click(kindInput('blank'));
    await until(() => byTestId('question-accepted-0') !== null, 'the accepted answers');
    typeInto('question-form-stem', '我国网络安全法自____年6月1日起施行。');
    save();
    await until(() => formText().includes('请填写可接受的答案'), 'the refusal');
    expect(sent).toEqual([]);
    typeInto('question-accepted-0', '2017');
    click(byTestId('question-accepted-add'));
    await until(() => byTestId('question-accepted-1') !== null, 'a second answer');
    typeInto('question-accepted-1', '２０１７');
    save();
    await until(() => formText().includes('可接受的答案不能重复'), 'the repeated answer refused');
    expect(sent).toEqual([]);
    typeInto('question-accepted-1', '二〇一七');
    save();
    await until(() => sent.length > 0, 'the save');
    expect(sent[0]?.input).toMatchObject({ kind: 'blank', answer: ['2017', '二〇一七'] });
  });

  it('asks a true/false question’s answer, and sends the one chosen', async () => {
    const sent = await openForm(undefined);
    click(kindInput('truefalse'));
    await until(() => byTestId('question-form-truth') !== null, 'the answer');
    typeInto('question-form-stem', '可以把工作文件存到个人网盘。');
    save();
    await until(() => formText().includes('请选择这道判断题的正确答案'), 'the refusal');
    expect(sent).toEqual([]);
    click(kindInput('false'));
    save();
    await until(() => sent.length > 0, 'the save');
    expect(sent[0]?.input).toEqual({
      bankId,
      kind: 'truefalse',
      stem: '可以把工作文件存到个人网盘。',
      explanation: '',
      points: 1,
      answer: false,
    });
  });

  it('shows a drawn question’s kind, key and points fixed with the reason, and saves its wording', async () => {
    const sent = await openForm(singleQuestion(21, { asked: 6, correct: 4 }));
    expect(byTestId('question-form-fixed')?.textContent).toContain('已经在 6 次作答中被抽到');
    expect(kindInput('multiple')?.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('question-form-points')?.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('question-option-right-1')?.disabled).toBe(true);
    expect(byTestId('question-option-add')).toBeNull();
    expect(byTestId('question-option-remove-0')).toBeNull();
    expect(byTestId<HTMLInputElement>('question-option-0')?.disabled).toBe(false);
    typeInto('question-option-1', '上网速度变慢');
    save();
    await until(() => sent.length > 0, 'the save');
    expect(sent[0]).toEqual({
      path: 'update',
      input: {
        id: 21,
        kind: 'single',
        stem: '弱口令最容易导致哪种风险？',
        explanation: '弱口令容易被猜中。',
        points: 2,
        options: ['账号被盗用', '上网速度变慢', '屏幕变暗'],
        answer: 0,
      },
    });
  });

  it('puts the server’s refusal of a changed key on the choices', async () => {
    const word = '这道题已经被抽进过测验，题型、选项个数、正确答案和分值不能再改';
    await openForm(singleQuestion(22), {
      'training.quizzes.updateQuestion': () => {
        throw refusal(word, 'CONFLICT', { answer: [word] });
      },
    });
    click(byTestId('question-option-right-2'));
    save();
    await until(
      () => (byTestId('question-form-options')?.closest('.ant-form-item')?.textContent ?? '').includes(word),
      'the refusal on the choices',
    );
  });
});
