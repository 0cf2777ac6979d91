import { describe, expect, it } from 'vitest';
import { draw, readDrawn, shuffled } from './draw';
import { type GradedItem, givenFits, grade, isRight, normaliseBlank, pastDeadline, scoreOf, shownKey } from './grading';
import type { AnswerKey } from './question-rules';

/** The identity order: shown position i is stored option i. */
const same = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('a single choice', () => {
  const key: AnswerKey = { kind: 'single', right: [2] };

  it('is right only with the one right option chosen', () => {
    expect(isRight(key, same(4), [2])).toBe(true);
    expect(isRight(key, same(4), [1])).toBe(false);
    expect(isRight(key, same(4), [2, 1])).toBe(false);
    expect(isRight(key, same(4), [])).toBe(false);
    expect(isRight(key, same(4), null)).toBe(false);
  });

  it('reads the chosen position through the attempt’s order of the options', () => {
    // Shown: stored 3, 2, 0, 1. The right option (stored 2) is shown second.
    const order = [3, 2, 0, 1];
    expect(isRight(key, order, [1])).toBe(true);
    expect(isRight(key, order, [2])).toBe(false);
    expect(shownKey(key, order)).toEqual([1]);
    // A position the attempt never showed is wrong, not an error.
    expect(isRight(key, order, [7])).toBe(false);
  });

  it('refuses an answer of the wrong shape', () => {
    expect(givenFits('single', 4, [0])).toBe(true);
    expect(givenFits('single', 4, [0, 1])).toBe(false);
    expect(givenFits('single', 4, [4])).toBe(false);
    expect(givenFits('single', 4, true)).toBe(false);
    expect(givenFits('single', 4, 'A')).toBe(false);
    expect(givenFits('single', 4, null)).toBe(true);
  });
});

describe('a multiple choice', () => {
  const key: AnswerKey = { kind: 'multiple', right: [0, 2] };

  it('is all or nothing: exactly the right options, in any order', () => {
    expect(isRight(key, same(4), [0, 2])).toBe(true);
    expect(isRight(key, same(4), [2, 0])).toBe(true);
    // Partial: one right option of two earns nothing.
    expect(isRight(key, same(4), [0])).toBe(false);
    // One too many.
    expect(isRight(key, same(4), [0, 1, 2])).toBe(false);
    // Every option (the guess that would always earn something if partial answers counted).
    expect(isRight(key, same(4), [0, 1, 2, 3])).toBe(false);
    // The same option twice is not two options.
    expect(isRight(key, same(4), [0, 0])).toBe(false);
  });

  it('reads the positions through the attempt’s order', () => {
    const order = [2, 3, 1, 0]; // stored 2 shown first, stored 0 shown last
    expect(isRight(key, order, [0, 3])).toBe(true);
    expect(isRight(key, order, [0, 2])).toBe(false);
    expect(shownKey(key, order)).toEqual([0, 3]);
  });

  it('takes one or more distinct shown positions', () => {
    expect(givenFits('multiple', 3, [0, 2])).toBe(true);
    expect(givenFits('multiple', 3, [])).toBe(false);
    expect(givenFits('multiple', 3, [1, 1])).toBe(false);
    expect(givenFits('multiple', 3, [3])).toBe(false);
    expect(givenFits('multiple', 3, false)).toBe(false);
  });
});

describe('a true/false question', () => {
  it('is right by its value', () => {
    expect(isRight({ kind: 'truefalse', right: false }, [], false)).toBe(true);
    expect(isRight({ kind: 'truefalse', right: false }, [], true)).toBe(false);
    expect(isRight({ kind: 'truefalse', right: true }, [], true)).toBe(true);
    expect(isRight({ kind: 'truefalse', right: true }, [], null)).toBe(false);
    expect(givenFits('truefalse', 0, true)).toBe(true);
    expect(givenFits('truefalse', 0, 'true')).toBe(false);
    expect(givenFits('truefalse', 0, [1])).toBe(false);
  });
});

describe('a blank', () => {
  const key: AnswerKey = { kind: 'blank', accepted: ['Fire Extinguisher', '灭火器'] };

  it('normalises: trimmed, case-insensitive, full-width as half-width, inner spaces as one', () => {
    expect(normaliseBlank('  Fire Extinguisher ')).toBe('fire extinguisher');
    expect(normaliseBlank('ＦＩＲＥ　ＥＸＴＩＮＧＵＩＳＨＥＲ')).toBe('fire extinguisher');
    expect(normaliseBlank('fire   extinguisher')).toBe('fire extinguisher');
    expect(normaliseBlank('１２０')).toBe('120');
    expect(normaliseBlank('\u3000灭火器\u3000')).toBe('灭火器');
  });

  it('is right when the normalised text is one of the accepted ones', () => {
    expect(isRight(key, [], 'fire extinguisher')).toBe(true);
    expect(isRight(key, [], 'ＦＩＲＥ ＥＸＴＩＮＧＵＩＳＨＥＲ')).toBe(true);
    expect(isRight(key, [], ' 灭火器 ')).toBe(true);
    expect(isRight(key, [], '灭火')).toBe(false);
    expect(isRight(key, [], 'fire-extinguisher')).toBe(false);
    // An empty answer never matches, whatever the key holds.
    expect(isRight({ kind: 'blank', accepted: [' '] }, [], '   ')).toBe(false);
    expect(isRight(key, [], null)).toBe(false);
    expect(shownKey(key, [])).toEqual(['Fire Extinguisher', '灭火器']);
  });

  it('takes text only', () => {
    expect(givenFits('blank', 0, '灭火器')).toBe(true);
    expect(givenFits('blank', 0, [0])).toBe(false);
    expect(givenFits('blank', 0, true)).toBe(false);
  });
});

describe('an attempt’s score', () => {
  it('is the points right over the points asked, rounded half up', () => {
    expect(scoreOf(0, 5)).toBe(0);
    expect(scoreOf(5, 5)).toBe(100);
    expect(scoreOf(1, 3)).toBe(33);
    expect(scoreOf(2, 3)).toBe(67);
    expect(scoreOf(1, 8)).toBe(13); // 12.5 rounds up
    expect(scoreOf(0, 0)).toBe(0);
  });

  it('weighs each question by its points, unanswered questions wrong', () => {
    const items: GradedItem[] = [
      { key: { kind: 'single', right: [0] }, order: [0, 1], points: 3, given: [0] },
      { key: { kind: 'multiple', right: [0, 1] }, order: [0, 1, 2], points: 2, given: [0] },
      { key: { kind: 'truefalse', right: true }, order: [], points: 1, given: null },
      { key: { kind: 'blank', accepted: ['120'] }, order: [], points: 4, given: '１２０' },
    ];
    expect(grade(items)).toEqual({
      verdicts: [true, false, false, true],
      pointsRight: 7,
      pointsAsked: 10,
      correctCount: 2,
      score: 70,
    });
  });
});

describe('the deadline', () => {
  const due = new Date('2026-05-01T02:00:00.000Z');
  it('takes a submission up to five seconds after it, and none later', () => {
    expect(pastDeadline(due, new Date('2026-05-01T01:59:59.000Z'))).toBe(false);
    expect(pastDeadline(due, new Date('2026-05-01T02:00:05.000Z'))).toBe(false);
    expect(pastDeadline(due, new Date('2026-05-01T02:00:05.001Z'))).toBe(true);
  });
});

describe('the draw', () => {
  /** A fixed sequence of chances, as a test's stand-in for node:crypto. */
  const sequence = (values: number[]) => {
    let i = 0;
    return (below: number) => (values[i++ % values.length] as number) % below;
  };

  it('shuffles every position exactly once', () => {
    for (let n = 0; n <= 10; n++) {
      const order = shuffled(n, sequence([3, 1, 4, 1, 5, 9, 2, 6]));
      expect([...order].sort((a, b) => a - b)).toEqual(same(n));
    }
  });

  it('draws the count asked, no question twice, each with its options shuffled', () => {
    const questions = [
      { id: 11, choices: 4 },
      { id: 12, choices: 0 },
      { id: 13, choices: 3 },
      { id: 14, choices: 2 },
    ];
    const drawn = draw(questions, 3, sequence([2, 0, 1, 3]));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn.map((d) => d.q)).size).toBe(3);
    for (const d of drawn) {
      const choices = questions.find((q) => q.id === d.q)?.choices ?? -1;
      expect([...d.o].sort((a, b) => a - b)).toEqual(same(choices));
    }
    expect(readDrawn(JSON.stringify(drawn))).toEqual(drawn);
    expect(readDrawn('not json')).toEqual([]);
  });

  it('with node:crypto, puts the right option anywhere: no position is favoured', async () => {
    const { cryptoChance } = await import('./draw');
    const seen = new Set<number>();
    for (let i = 0; i < 200 && seen.size < 4; i++) seen.add(shuffled(4, cryptoChance).indexOf(0));
    expect(seen.size).toBe(4);
  });
});
