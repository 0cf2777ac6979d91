import { describe, expect, it } from 'vitest';
import { choiceCount, fixedChanges, keyedQuestion, readKey, storedQuestion } from './question-rules';
import { newQuestion, questionChanges } from './quiz-schemas';

/** The message keys of a failed parse, by field (a zod code where no key is given). */
const problems = (input: unknown) => {
  const result = newQuestion.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [
      issue.path.join('.'),
      issue.code === 'custom' ? (issue as { params?: { key?: string } }).params?.key : issue.code,
    ]),
  );
};

const base = { bankId: 1, stem: '消防通道可以堆放杂物吗？', explanation: '', points: 2 };

describe('a question as its editor writes it', () => {
  it('takes each kind with a valid key', () => {
    expect(problems({ ...base, kind: 'single', options: ['A', 'B'], answer: 1 })).toEqual({});
    expect(problems({ ...base, kind: 'multiple', options: ['A', 'B', 'C'], answer: [0, 2] })).toEqual({});
    expect(problems({ ...base, kind: 'truefalse', answer: false })).toEqual({});
    expect(problems({ ...base, kind: 'blank', answer: ['119', '火警'] })).toEqual({});
    const { bankId: _bank, ...wording } = base;
    expect(questionChanges.safeParse({ ...wording, id: 3, kind: 'truefalse', answer: true }).success).toBe(true);
    expect(questionChanges.safeParse({ ...base, id: 3, kind: 'truefalse', answer: true }).success).toBe(false);
  });

  it('says what is wrong with a choice question’s options, on the options', () => {
    expect(problems({ ...base, kind: 'single', options: ['A'], answer: 0 })).toEqual({
      options: 'training.quizOptionsCount',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `选项${i}`);
    expect(problems({ ...base, kind: 'multiple', options: eleven, answer: [0] })).toEqual({
      options: 'training.quizOptionsCount',
    });
    expect(problems({ ...base, kind: 'single', options: ['A', 'A'], answer: 0 })).toEqual({
      options: 'training.quizOptionRepeated',
    });
  });

  it('says what is wrong with a key, on the answer', () => {
    expect(problems({ ...base, kind: 'single', options: ['A', 'B'], answer: 2 })).toEqual({
      answer: 'training.quizSingleAnswer',
    });
    expect(problems({ ...base, kind: 'multiple', options: ['A', 'B'], answer: [] })).toEqual({
      answer: 'training.quizMultipleAnswer',
    });
    expect(problems({ ...base, kind: 'multiple', options: ['A', 'B'], answer: [1, 1] })).toEqual({
      answer: 'training.quizMultipleAnswer',
    });
    expect(problems({ ...base, kind: 'blank', answer: [] })).toEqual({ answer: 'training.quizBlankAnswers' });
    expect(problems({ ...base, kind: 'blank', answer: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual({
      answer: 'training.quizBlankAnswers',
    });
    // The same text after normalisation is the same answer.
    expect(problems({ ...base, kind: 'blank', answer: ['ABC', 'ａｂｃ'] })).toEqual({
      answer: 'training.quizBlankAnswers',
    });
  });

  it('refuses a kind it does not know, keys of another kind, and points outside 1..10', () => {
    expect(problems({ ...base, kind: 'essay', answer: 'x' })).toMatchObject({ kind: 'invalid_union' });
    expect(problems({ ...base, kind: 'truefalse', options: ['对', '错'], answer: true })).toEqual({
      '': 'unrecognized_keys',
    });
    expect(problems({ ...base, kind: 'truefalse', answer: true, points: 0 })).toEqual({ points: 'too_small' });
    expect(problems({ ...base, kind: 'truefalse', answer: true, points: 11 })).toEqual({ points: 'too_big' });
    expect(problems({ ...base, kind: 'truefalse', answer: true, stem: '  ' })).toEqual({ stem: 'too_small' });
  });
});

describe('a question as stored', () => {
  it('keeps the key as JSON and reads it back as the form sent it', () => {
    const single = storedQuestion({ kind: 'single', options: ['A', 'B', 'C'], answer: 1 });
    expect(single).toEqual({ kind: 'single', options: '["A","B","C"]', answer: '[1]' });
    expect(keyedQuestion(single)).toEqual({ kind: 'single', options: ['A', 'B', 'C'], answer: 1 });
    const multiple = storedQuestion({ kind: 'multiple', options: ['A', 'B', 'C'], answer: [2, 0] });
    expect(multiple.answer).toBe('[0,2]');
    expect(readKey('multiple', multiple.answer)).toEqual({ kind: 'multiple', right: [0, 2] });
    expect(keyedQuestion(storedQuestion({ kind: 'truefalse', answer: false }))).toEqual({
      kind: 'truefalse',
      answer: false,
    });
    expect(keyedQuestion(storedQuestion({ kind: 'blank', answer: ['119'] }))).toEqual({
      kind: 'blank',
      answer: ['119'],
    });
    expect(choiceCount(multiple)).toBe(3);
    expect(readKey('blank', 'broken')).toEqual({ kind: 'blank', accepted: [] });
  });

  it('fixes kind, number of options, key and points once drawn, and lets the wording change', () => {
    const was = { ...storedQuestion({ kind: 'single', options: ['A', 'B'], answer: 0 }), points: 2 };
    const reworded = { ...storedQuestion({ kind: 'single', options: ['甲', '乙'], answer: 0 }), points: 2 };
    expect(fixedChanges(was, reworded)).toEqual([]);
    const rekeyed = { ...storedQuestion({ kind: 'single', options: ['A', 'B'], answer: 1 }), points: 2 };
    expect(fixedChanges(was, rekeyed)).toEqual(['answer']);
    const more = { ...storedQuestion({ kind: 'single', options: ['A', 'B', 'C'], answer: 0 }), points: 3 };
    expect(fixedChanges(was, more)).toEqual(['options', 'points']);
    const other = { ...storedQuestion({ kind: 'truefalse', answer: true }), points: 2 };
    expect(fixedChanges(was, other)).toEqual(['kind', 'options', 'answer']);
  });
});
