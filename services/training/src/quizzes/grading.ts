// Grading an attempt on the server: each drawn question's answer against its key, the score, and whether an answer
// fits its question at all. Pure: unit-tested beside this file (grading.test.ts).
//
// The rules: a single choice is right when the one option chosen is the right one; a multiple choice is all or
// nothing (exactly the right options, no more and no fewer: a partial choice earns no points, since picking every
// option would otherwise always earn some); true/false by its value; a blank when the text, normalised, is one of
// the accepted texts, normalised the same way (normaliseBlank). An unanswered question is wrong. The score is the
// points of the right answers over the points asked, 0-100, rounded half up.
import { trainingLimits } from '@strata/contract';
import type { AnswerKey } from './question-rules';

/**
 * A learner's answer to one drawn question: the positions chosen in the order the attempt showed its options
 * (single, multiple), true or false, or the text typed (blank). Null: not answered.
 */
export type Given = number[] | boolean | string | null;

/**
 * A blank's text as compared: NFKC (full-width letters, digits and punctuation become their half-width forms, the
 * ideographic space a space), trimmed, inner runs of white space made one space, lower case.
 */
export function normaliseBlank(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Whether `given` has the shape the question asks for: one shown position for a single choice, one or more distinct
 * ones for a multiple choice (each below `choices`), a boolean for true/false, a text for a blank.
 */
export function givenFits(kind: AnswerKey['kind'], choices: number, given: Given): boolean {
  if (given === null) return true;
  switch (kind) {
    case 'single':
    case 'multiple': {
      if (!Array.isArray(given)) return false;
      if (kind === 'single' ? given.length !== 1 : given.length < 1) return false;
      if (new Set(given).size !== given.length) return false;
      return given.every((p) => Number.isInteger(p) && p >= 0 && p < choices);
    }
    case 'truefalse':
      return typeof given === 'boolean';
    case 'blank':
      return typeof given === 'string';
  }
}

/**
 * Whether `given` is right. `order` is the attempt's order of the question's options: shown position i holds the
 * stored option order[i], and the key names stored positions.
 */
export function isRight(key: AnswerKey, order: readonly number[], given: Given): boolean {
  if (given === null) return false;
  switch (key.kind) {
    case 'single':
    case 'multiple': {
      if (!Array.isArray(given) || given.length === 0) return false;
      if (key.kind === 'single' && given.length !== 1) return false;
      const chosen = new Set(given.map((shown) => order[shown]));
      if (chosen.has(undefined) || chosen.size !== given.length) return false;
      const right = new Set(key.right);
      return chosen.size === right.size && [...chosen].every((p) => right.has(p as number));
    }
    case 'truefalse':
      return given === key.right;
    case 'blank': {
      if (typeof given !== 'string') return false;
      const text = normaliseBlank(given);
      return text !== '' && key.accepted.some((accepted) => normaliseBlank(accepted) === text);
    }
  }
}

/** The key in the attempt's order: the shown positions of the right options (choices), the value, or the texts. */
export function shownKey(key: AnswerKey, order: readonly number[]): number[] | boolean | string[] {
  switch (key.kind) {
    case 'single':
    case 'multiple':
      return order.flatMap((stored, shown) => (key.right.includes(stored) ? [shown] : []));
    case 'truefalse':
      return key.right;
    case 'blank':
      return key.accepted;
  }
}

/** 0-100: the points of the right answers over the points asked, rounded half up (0 when nothing was asked). */
export function scoreOf(pointsRight: number, pointsAsked: number): number {
  if (pointsAsked <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((pointsRight * 100) / pointsAsked)));
}

export type GradedItem = { key: AnswerKey; order: readonly number[]; points: number; given: Given };
export type Graded = {
  verdicts: boolean[];
  pointsRight: number;
  pointsAsked: number;
  correctCount: number;
  score: number;
};

/** Every drawn question graded, in the attempt's order, and the attempt's score. */
export function grade(items: readonly GradedItem[]): Graded {
  const verdicts = items.map((item) => isRight(item.key, item.order, item.given));
  const pointsAsked = items.reduce((sum, item) => sum + item.points, 0);
  const pointsRight = items.reduce((sum, item, i) => sum + (verdicts[i] ? item.points : 0), 0);
  return {
    verdicts,
    pointsRight,
    pointsAsked,
    correctCount: verdicts.filter(Boolean).length,
    score: scoreOf(pointsRight, pointsAsked),
  };
}

const graceMs = trainingLimits.submissionGraceSeconds * 1000;

/**
 * Whether an attempt due at `dueAt` is over at `now`: a submission is taken up to the grace after the deadline (the
 * browser submits when its countdown ends; the request takes a moment), and refused after it.
 */
export const pastDeadline = (dueAt: Date, now: Date) => now.getTime() > dueAt.getTime() + graceMs;
