// Assigning a course, person by person: enrol who has no enrolment, take up again who left, assign (with the due day)
// who is taking it, leave out who completed it; and which courses an assigner may name at all.
import { describe, expect, it } from 'vitest';
import { courseReachesScope, planAssignment } from './assign-rules';

const row = (id: number, userId: number, status: string, lessonsDone = 0) => ({
  id,
  userId,
  status,
  lessonsDone,
  bestScore: null,
  sessionsAttended: 0,
});

describe('planAssignment', () => {
  it('decides each person from their enrolment of the course, each person once', () => {
    const plan = planAssignment(
      [1, 2, 3, 4, 5, 6, 1],
      [
        row(20, 2, 'enrolled'),
        row(30, 3, 'in_progress'),
        row(40, 4, 'completed'),
        row(50, 5, 'withdrawn'),
        row(60, 6, 'withdrawn', 2),
      ],
    );
    expect(plan).toEqual({
      create: [1],
      reopen: [
        { id: 50, status: 'enrolled' },
        { id: 60, status: 'in_progress' },
      ],
      update: [20, 30],
      skipped: 1,
    });
  });
});

describe('courseReachesScope', () => {
  const roots = ['/1/5/'];
  it('reaches a course of a unit in scope, whatever its audience', () => {
    expect(courseReachesScope({ audience: 'unit', unitPath: '/1/5/' }, roots)).toBe(true);
    expect(courseReachesScope({ audience: 'unit', unitPath: '/1/5/9/' }, roots)).toBe(true);
  });

  it('reaches a course of a unit above only when it is open to its subtree', () => {
    expect(courseReachesScope({ audience: 'subtree', unitPath: '/1/' }, roots)).toBe(true);
    expect(courseReachesScope({ audience: 'unit', unitPath: '/1/' }, roots)).toBe(false);
  });

  it('never reaches a course of a unit beside the scope', () => {
    expect(courseReachesScope({ audience: 'subtree', unitPath: '/1/6/' }, roots)).toBe(false);
    // A path that merely starts with the same digits is another unit.
    expect(courseReachesScope({ audience: 'subtree', unitPath: '/1/50/' }, roots)).toBe(false);
    expect(courseReachesScope({ audience: 'subtree', unitPath: '/1/5/' }, [])).toBe(false);
  });
});
