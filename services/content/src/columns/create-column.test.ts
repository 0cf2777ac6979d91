import { describe, expect, it } from 'vitest';
import { sortAfter } from './create-column';

describe('a new column’s place', () => {
  it('is after the unit’s last column, whatever gaps the order has', () => {
    expect(sortAfter(5)).toBe(6);
    expect(sortAfter(0)).toBe(1);
  });

  it('is first in a unit without columns', () => {
    expect(sortAfter(null)).toBe(0);
  });
});
