// The courses open to a learner: their own unit's (any audience) and those of the units above it that are open to
// their subtree; never a sibling's or a unit's below them.
import { describe, expect, it } from 'vitest';
import { isOpenTo, unitsAbove } from './open-courses';

const learner = { id: 12, path: '/1/5/12/' };

describe('open courses', () => {
  it('reads the units above from the path', () => {
    expect(unitsAbove('/1/5/12/')).toEqual([1, 5]);
    expect(unitsAbove('/1/')).toEqual([]);
  });

  it('opens the own unit’s courses whatever the audience', () => {
    expect(isOpenTo({ unitId: 12, audience: 'unit' }, learner)).toBe(true);
    expect(isOpenTo({ unitId: 12, audience: 'subtree' }, learner)).toBe(true);
  });

  it('opens a course of a unit above only when it is open to its subtree', () => {
    expect(isOpenTo({ unitId: 5, audience: 'subtree' }, learner)).toBe(true);
    expect(isOpenTo({ unitId: 1, audience: 'subtree' }, learner)).toBe(true);
    expect(isOpenTo({ unitId: 5, audience: 'unit' }, learner)).toBe(false);
  });

  it('never opens a course of a unit beside or below the learner’s', () => {
    expect(isOpenTo({ unitId: 6, audience: 'subtree' }, learner)).toBe(false);
    expect(isOpenTo({ unitId: 13, audience: 'subtree' }, { id: 12, path: '/1/5/12/' })).toBe(false);
    // Nor one whose id only looks like a part of the path.
    expect(isOpenTo({ unitId: 2, audience: 'subtree' }, { id: 125, path: '/1/125/' })).toBe(false);
  });
});
