// A question as its form holds it, and back: the choices as rows each with a "right" mark (a radio for a single
// choice, a check box for a multiple one), a true/false key, and a blank's accepted texts; what the form refuses
// before anything is sent (the server's own rules, in the editor's words); and where the server's field errors land.
import { trainingLimits as limits, type QuestionKind } from '@strata/contract';
import type { EditorQuestion, NewQuestionInput } from './quiz-types';

export type OptionValue = { text: string; right: boolean };

export type QuestionValues = {
  kind: QuestionKind;
  stem: string;
  explanation: string;
  points: number;
  /** The choices of a single or multiple choice question, in order. */
  options: OptionValue[];
  /** A true/false question's key (unset until chosen). */
  truth: boolean | undefined;
  /** A blank's accepted texts. */
  accepted: string[];
};

/** A question's body as the server takes it (createQuestion without the bank, updateQuestion without the id). */
export type QuestionBody = NewQuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, 'bankId'> : never) : never;

const newOptionCount = 4;
export const emptyOption = (): OptionValue => ({ text: '', right: false });

/** The form's values for a question, or a new one's (a single choice with four empty choices). */
export function valuesOf(question: EditorQuestion | undefined): QuestionValues {
  const blank: QuestionValues = {
    kind: 'single',
    stem: '',
    explanation: '',
    points: 1,
    options: Array.from({ length: newOptionCount }, emptyOption),
    truth: undefined,
    accepted: [''],
  };
  if (!question) return blank;
  const common = {
    ...blank,
    kind: question.kind,
    stem: question.stem,
    explanation: question.explanation,
    points: question.points,
  };
  switch (question.kind) {
    case 'single':
      return { ...common, options: question.options.map((text, i) => ({ text, right: i === question.answer })) };
    case 'multiple':
      return { ...common, options: question.options.map((text, i) => ({ text, right: question.answer.includes(i) })) };
    case 'truefalse':
      return { ...common, truth: question.answer };
    case 'blank':
      return { ...common, accepted: question.answer.length ? [...question.answer] : [''] };
  }
}

/** What the server takes for the values (already checked by the form). */
export function bodyOf(values: QuestionValues): QuestionBody {
  const common = { stem: values.stem.trim(), explanation: (values.explanation ?? '').trim(), points: values.points };
  const options = (values.options ?? []).map((o) => (o.text ?? '').trim());
  const right = (values.options ?? []).flatMap((o, i) => (o.right ? [i] : []));
  switch (values.kind) {
    case 'single':
      return { kind: 'single', ...common, options, answer: right[0] ?? -1 };
    case 'multiple':
      return { kind: 'multiple', ...common, options, answer: right };
    case 'truefalse':
      return { kind: 'truefalse', ...common, answer: values.truth === true };
    case 'blank':
      return { kind: 'blank', ...common, answer: (values.accepted ?? []).map((a) => (a ?? '').trim()) };
  }
}

/** A blank's text as grading compares it (the server's normaliseBlank): width, spaces and case set aside. */
export const normaliseBlank = (text: string) => text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** What is wrong with a choice question's choices and marks, as a words key (`quizzes.question.errors.*`), or none. */
export function optionsProblem(
  kind: QuestionKind,
  options: OptionValue[],
): { key: string; count?: number } | undefined {
  if (kind !== 'single' && kind !== 'multiple') return undefined;
  if (options.length < limits.optionsMin || options.length > limits.optionsMax) return { key: 'optionsCount' };
  const texts = options.map((o) => (o.text ?? '').trim()).filter((text) => text !== '');
  if (new Set(texts).size !== texts.length) return { key: 'optionRepeated' };
  const right = options.filter((o) => o.right).length;
  if (kind === 'single' && right === 0) return { key: 'singleNone' };
  if (kind === 'single' && right > 1) return { key: 'singleMany', count: right };
  if (kind === 'multiple' && right === 0) return { key: 'multipleNone' };
  return undefined;
}

/** What is wrong with a blank's accepted texts (each one's own emptiness is its field's), or none. */
export function acceptedProblem(accepted: string[]): { key: string } | undefined {
  if (accepted.length < 1 || accepted.length > limits.blankAnswersMax) return { key: 'acceptedCount' };
  const texts = accepted.map((a) => normaliseBlank(a ?? '')).filter((text) => text !== '');
  if (new Set(texts).size !== texts.length) return { key: 'acceptedRepeated' };
  return undefined;
}

/**
 * Where a server field error on a question lands in the form: `answer` is the marks on the choices, the true/false
 * key or the accepted texts by kind; `options.2` the third choice's text.
 */
export function formPathOf(kind: QuestionKind, serverPath: string): (string | number)[] {
  const [head = '', index] = serverPath.split('.');
  const at = index === undefined ? undefined : Number(index);
  if (head === 'answer') {
    if (kind === 'truefalse') return ['truth'];
    if (kind === 'blank') return at === undefined ? ['accepted'] : ['accepted', at];
    return ['options'];
  }
  if (head === 'options' && at !== undefined) return ['options', at, 'text'];
  return [head];
}

/** A choice's letter: A, B, C… */
export const letterOf = (index: number) => String.fromCharCode(65 + index);
