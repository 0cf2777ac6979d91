import { describe, expect, it } from 'vitest';
import { sparkPath } from './sparkline';

describe('sparkPath', () => {
  it('runs from the first month to the last across the box, zero at the foot, the highest at the top', () => {
    expect(sparkPath([0, 5, 10])).toBe('M0 38L120 20L240 2');
  });
  it('breaks the line at a month without a value, and draws nothing without any', () => {
    expect(sparkPath([10, null, 10])).toBe('M0 2M240 2');
    expect(sparkPath([null, null])).toBe('');
  });
});
