import { describe, expect, it } from 'vitest';
import {
  addTally,
  childrenOf,
  emptyTally,
  figuresOf,
  lastMonths,
  percentOf,
  rankByShare,
  sortByFigure,
  subtractTally,
  tallyOf,
} from './figures';

const tally = (over: Partial<ReturnType<typeof emptyTally>>) => ({ ...emptyTally(), ...over });

describe('report figures', () => {
  it('derives rates and averages from the sums: completion over those still in, the mean of the scored', () => {
    const f = figuresOf(
      tally({ enrolled: 10, notStarted: 2, inProgress: 3, completed: 3, withdrawn: 2, scored: 3, scoreSum: 250 }),
    );
    // 3 completed of the 8 not withdrawn: 37.5 %; (250 / 3) = 83.33... -> 83.3.
    expect(f).toMatchObject({ completionRate: 37.5, averageScore: 83.3 });
    expect(figuresOf(emptyTally())).toMatchObject({ completionRate: null, averageScore: null, enrolled: 0 });
    // Everyone withdrew: nothing to divide by.
    expect(figuresOf(tally({ enrolled: 2, withdrawn: 2 })).completionRate).toBeNull();
  });

  it('adds tallies, never averages of averages, and reads sums as drivers give them', () => {
    const a = tallyOf({
      enrolled: '2',
      notStarted: 0,
      inProgress: 0,
      completed: 2n,
      withdrawn: null,
      overdue: 0,
      scored: 2,
      scoreSum: '200',
    });
    const b = tally({ enrolled: 1, completed: 1, scored: 1, scoreSum: 50 });
    const sum = addTally(addTally(emptyTally(), a), b);
    // (100 + 100 + 50) / 3, not (100 + 50) / 2.
    expect(figuresOf(sum).averageScore).toBe(83.3);
    expect(subtractTally(sum, b)).toEqual(a);
  });

  it('rounds shares to one decimal', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(3, 0)).toBeNull();
  });

  it('assigns each unit of a subtree to the child it lies under, children in the tree order', () => {
    const root = { id: 1, path: '/1/' };
    const units = [
      { id: 1, parentId: 0, path: '/1/', name: 'root', sort: 0 },
      { id: 5, parentId: 1, path: '/1/5/', name: '乙', sort: 2 },
      { id: 3, parentId: 1, path: '/1/3/', name: '甲', sort: 1 },
      { id: 7, parentId: 5, path: '/1/5/7/', name: 'deep', sort: 0 },
      { id: 8, parentId: 7, path: '/1/5/7/8/', name: 'deeper', sort: 0 },
    ];
    const { children, childOf } = childrenOf(root, units);
    expect(children.map((c) => c.id)).toEqual([3, 5]);
    expect([...childOf]).toEqual([
      [1, null],
      [5, 5],
      [3, 3],
      [7, 5],
      [8, 5],
    ]);
  });

  it('sorts by a figure in either order with nulls last, by name, or keeps the tree order', () => {
    const rows = [
      { name: '乙', ...figuresOf(tally({ enrolled: 2, completed: 1 })) },
      { name: '甲', ...figuresOf(emptyTally()) },
      { name: '丙', ...figuresOf(tally({ enrolled: 4, completed: 4 })) },
    ];
    const names = (r: typeof rows) => r.map((x) => x.name);
    expect(names(sortByFigure(rows, undefined, 'desc'))).toEqual(['乙', '甲', '丙']);
    expect(names(sortByFigure(rows, 'completionRate', 'desc'))).toEqual(['丙', '乙', '甲']);
    expect(names(sortByFigure(rows, 'completionRate', 'asc'))).toEqual(['乙', '丙', '甲']);
    expect(names(sortByFigure(rows, 'enrolled', 'asc'))).toEqual(['甲', '乙', '丙']);
    expect(names(sortByFigure(rows, 'name', 'asc'))).toEqual([...names(rows)].sort(new Intl.Collator('zh-CN').compare));
  });

  it('ranks coverage by share, then by staff, with units without staff last', () => {
    const row = (name: string, staff: number, covered: number) => ({
      name,
      staff,
      covered,
      noneRequired: 0,
      share: percentOf(covered, staff),
    });
    const ranked = rankByShare([row('a', 0, 0), row('b', 4, 2), row('c', 2, 2), row('d', 8, 4)]);
    expect(ranked.map((r) => r.name)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('lists the last months up to the current one across a year', () => {
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-12', 12)[0]).toBe('2026-01');
  });
});
