// What every side reads off an enrolment: overdue only while being taken and after its due day (in Asia/Shanghai
// days), the progress of its own version, and the status an enrolment taken up again starts from.
import { describe, expect, it } from 'vitest';
import { isActive, isOverdue, percentOf, reopenedStatus } from './enrolment-facts';

describe('enrolment facts', () => {
  it('an assignment is overdue after its due day while still being taken', () => {
    expect(isOverdue({ dueOn: '2026-03-01', status: 'in_progress' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ dueOn: '2026-03-01', status: 'enrolled' }, '2026-03-02')).toBe(true);
    // The due day itself is still in time.
    expect(isOverdue({ dueOn: '2026-03-02', status: 'enrolled' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ dueOn: '2026-03-01', status: 'completed' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ dueOn: '2026-03-01', status: 'withdrawn' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ dueOn: null, status: 'enrolled' }, '2026-03-02')).toBe(false);
  });

  it('active means enrolled or in progress', () => {
    expect(['enrolled', 'in_progress', 'completed', 'withdrawn'].map(isActive)).toEqual([true, true, false, false]);
  });

  it('reads the percent of the row’s own criteria (a stored boolean as 0 or 1 too)', () => {
    const row = {
      lessonCount: 4,
      minScore: null,
      sessionsRequired: 0,
      lessonsDone: 1,
      bestScore: null,
      sessionsAttended: 0,
    };
    expect(percentOf({ ...row, lessonsRequired: true, status: 'in_progress' })).toBe(25);
    expect(percentOf({ ...row, lessonsRequired: Boolean(0), status: 'in_progress' })).toBe(0);
    expect(percentOf({ ...row, lessonsRequired: true, status: 'completed' })).toBe(100);
  });

  it('an enrolment taken up again is in progress when something was done, else enrolled', () => {
    expect(reopenedStatus({ lessonsDone: 0, bestScore: null, sessionsAttended: 0 })).toBe('enrolled');
    expect(reopenedStatus({ lessonsDone: 1, bestScore: null, sessionsAttended: 0 })).toBe('in_progress');
    expect(reopenedStatus({ lessonsDone: 0, bestScore: 0, sessionsAttended: 0 })).toBe('in_progress');
    expect(reopenedStatus({ lessonsDone: 0, bestScore: null, sessionsAttended: 1 })).toBe('in_progress');
  });
});
