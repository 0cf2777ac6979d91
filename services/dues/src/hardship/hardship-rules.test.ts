// The hardship rules: the months a request covers (at most a year, in order), what a reduction takes off a month, and
// the parent path the approval must reach.
import { describe, expect, it } from 'vitest';
import { hardshipMonths, parentPath, reductionOf } from './hardship-rules';

describe('hardship', () => {
  it('covers the months from the first to the last, across a year end, for at most twelve', () => {
    expect(hardshipMonths('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(hardshipMonths('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(hardshipMonths('2026-01', '2026-12')).toHaveLength(12);
    expect(hardshipMonths('2026-01', '2027-01')).toBeNull();
    expect(hardshipMonths('2026-03', '2026-02')).toBeNull();
  });

  it('takes off what is due less what the member still pays, never more than is due', () => {
    expect(reductionOf(4_000, 0)).toBe(4_000);
    expect(reductionOf(4_000, 1_000)).toBe(3_000);
    expect(reductionOf(500, 1_000)).toBe(0);
  });

  it('reads the parent of a unit from its path', () => {
    expect(parentPath('/1/7/42/')).toBe('/1/7/');
    expect(parentPath('/1/7/')).toBe('/1/');
    expect(parentPath('/1/')).toBeNull();
  });
});
