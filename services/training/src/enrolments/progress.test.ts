// Completion and the progress bar: every criterion a version asks must be met; the percent weighs each by what it asks,
// never shows 100 before completion, and shows 100 once completed.
import { describe, expect, it } from 'vitest';
import { type CompletionCriteria, type Done, meetsCriteria, progressPercent } from './progress';

const criteria = (c: Partial<CompletionCriteria> = {}): CompletionCriteria => ({
  lessonsRequired: true,
  lessonCount: 4,
  minScore: null,
  sessionsRequired: 0,
  ...c,
});
const done = (d: Partial<Done> = {}): Done => ({ lessonsDone: 0, bestScore: null, sessionsAttended: 0, ...d });

describe('meetsCriteria', () => {
  it('asks for every lesson when lessons are required, and for none otherwise', () => {
    expect(meetsCriteria(criteria(), done({ lessonsDone: 3 }))).toBe(false);
    expect(meetsCriteria(criteria(), done({ lessonsDone: 4 }))).toBe(true);
    expect(meetsCriteria(criteria({ lessonsRequired: false }), done())).toBe(true);
  });

  it('asks for a passing score when the version names one (a missing score does not pass)', () => {
    const quiz = criteria({ lessonsRequired: false, minScore: 60 });
    expect(meetsCriteria(quiz, done())).toBe(false);
    expect(meetsCriteria(quiz, done({ bestScore: 59 }))).toBe(false);
    expect(meetsCriteria(quiz, done({ bestScore: 60 }))).toBe(true);
  });

  it('asks for the sessions attended, and for all criteria together', () => {
    const all = criteria({ minScore: 80, sessionsRequired: 2 });
    expect(meetsCriteria(all, done({ lessonsDone: 4, bestScore: 90, sessionsAttended: 1 }))).toBe(false);
    expect(meetsCriteria(all, done({ lessonsDone: 3, bestScore: 90, sessionsAttended: 2 }))).toBe(false);
    expect(meetsCriteria(all, done({ lessonsDone: 4, bestScore: 70, sessionsAttended: 2 }))).toBe(false);
    expect(meetsCriteria(all, done({ lessonsDone: 4, bestScore: 80, sessionsAttended: 2 }))).toBe(true);
  });
});

describe('progressPercent', () => {
  it('counts lessons out of the version’s, rounding down', () => {
    expect(progressPercent(criteria({ lessonCount: 3 }), done({ lessonsDone: 1 }), 'in_progress')).toBe(33);
    expect(progressPercent(criteria({ lessonCount: 3 }), done({ lessonsDone: 2 }), 'in_progress')).toBe(66);
  });

  it('weighs each criterion by what it asks: lessons one each, the quiz one, sessions one each', () => {
    const all = criteria({ lessonCount: 2, minScore: 60, sessionsRequired: 1 });
    expect(progressPercent(all, done({ lessonsDone: 2 }), 'in_progress')).toBe(50);
    expect(progressPercent(all, done({ lessonsDone: 2, bestScore: 50 }), 'in_progress')).toBe(50);
    expect(progressPercent(all, done({ lessonsDone: 2, bestScore: 60 }), 'in_progress')).toBe(75);
  });

  it('never shows 100 before completion (more done than asked counts as asked), and 100 once completed', () => {
    expect(progressPercent(criteria(), done({ lessonsDone: 9 }), 'in_progress')).toBe(99);
    expect(progressPercent(criteria(), done(), 'completed')).toBe(100);
  });

  it('is 0 when the version asks nothing measurable (a lessonless course not yet completed)', () => {
    expect(progressPercent(criteria({ lessonCount: 0 }), done(), 'enrolled')).toBe(0);
    expect(progressPercent(criteria({ lessonsRequired: false }), done({ lessonsDone: 2 }), 'enrolled')).toBe(0);
  });
});
