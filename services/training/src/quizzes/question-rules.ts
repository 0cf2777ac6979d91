// A question as stored (its choices and its answer key as JSON text) and as the editors' forms give and take it, and
// what may change once attempts have drawn it. Pure: unit-tested beside this file.
import type { QuestionKind } from '@strata/contract';

/**
 * The answer key as an editor writes it: the right choice's position (single), the right choices' positions
 * (multiple), true or false (truefalse), the accepted texts (blank).
 */
export type KeyedQuestion =
  | { kind: 'single'; options: string[]; answer: number }
  | { kind: 'multiple'; options: string[]; answer: number[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'blank'; answer: string[] };

/** The key as grading reads it: choice questions by the positions of their right options, in the stored order. */
export type AnswerKey =
  | { kind: 'single' | 'multiple'; right: number[] }
  | { kind: 'truefalse'; right: boolean }
  | { kind: 'blank'; accepted: string[] };

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** A question's choices (single, multiple); [] for the other kinds or a row that holds none. */
export function readOptions(text: string): string[] {
  const value = parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The stored key of a question of `kind`. A row written by anything but this area's code reads as no right answer. */
export function readKey(kind: string, text: string): AnswerKey {
  const value = parse(text);
  switch (kind as QuestionKind) {
    case 'single':
    case 'multiple':
      return {
        kind: kind as 'single' | 'multiple',
        right: Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [],
      };
    case 'truefalse':
      return { kind: 'truefalse', right: value === true };
    default:
      return {
        kind: 'blank',
        accepted: Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [],
      };
  }
}

/** The columns a question's kind, choices and key are stored in. */
export function storedQuestion(q: KeyedQuestion): { kind: QuestionKind; options: string; answer: string } {
  switch (q.kind) {
    case 'single':
      return { kind: q.kind, options: JSON.stringify(q.options), answer: JSON.stringify([q.answer]) };
    case 'multiple':
      return {
        kind: q.kind,
        options: JSON.stringify(q.options),
        answer: JSON.stringify([...new Set(q.answer)].sort((a, b) => a - b)),
      };
    case 'truefalse':
      return { kind: q.kind, options: '[]', answer: JSON.stringify(q.answer) };
    case 'blank':
      return { kind: q.kind, options: '[]', answer: JSON.stringify(q.answer) };
  }
}

/** The stored question as its editors read it (the same shape their form sends). */
export function keyedQuestion(row: { kind: string; options: string; answer: string }): KeyedQuestion {
  const key = readKey(row.kind, row.answer);
  switch (key.kind) {
    case 'single':
      return { kind: 'single', options: readOptions(row.options), answer: key.right[0] ?? 0 };
    case 'multiple':
      return { kind: 'multiple', options: readOptions(row.options), answer: key.right };
    case 'truefalse':
      return { kind: 'truefalse', answer: key.right };
    case 'blank':
      return { kind: 'blank', answer: key.accepted };
  }
}

/** How many choices a stored question offers (0 for true/false and blanks). */
export const choiceCount = (row: { kind: string; options: string }) =>
  row.kind === 'single' || row.kind === 'multiple' ? readOptions(row.options).length : 0;

type Stored = { kind: string; options: string; answer: string; points: number };

/**
 * What an edit would change of the terms attempts were drawn and graded under: the kind, the number of choices (each
 * attempt keeps its own order of them, by position), the key and the points. Once any attempt drew the question these
 * stay as they were, so every attempt, open or submitted, is graded and reviewed by the same rule; the wording (stem,
 * option texts, explanation) may still be corrected.
 */
export function fixedChanges(was: Stored, next: Stored): ('kind' | 'options' | 'answer' | 'points')[] {
  const changed: ('kind' | 'options' | 'answer' | 'points')[] = [];
  if (was.kind !== next.kind) changed.push('kind');
  if (choiceCount(was) !== choiceCount(next)) changed.push('options');
  if (was.answer !== next.answer) changed.push('answer');
  if (was.points !== next.points) changed.push('points');
  return changed;
}
