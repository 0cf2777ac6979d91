import { describe, expect, it } from 'vitest';
import { moved } from './use-reorder-columns';

describe('moved', () => {
  it('swaps a column with its neighbour', () => {
    expect(moved([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(moved([1, 2, 3], 1, 1)).toEqual([1, 3, 2]);
  });
  it('leaves the ends where they are', () => {
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});
