import type { WidgetData } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { rankChoices, rankUnits } from './ranking';

const letters: WidgetData = {
  figures: [
    { label: 'On time', value: 80, format: 'percent' },
    { label: 'Overdue', value: 3, format: 'count' },
    { label: 'Received', value: 40, format: 'count' },
  ],
  children: [
    { unitId: 2, name: 'A', values: [90, 0, null] },
    { unitId: 3, name: 'B', values: [50, 2, null] },
    { unitId: 4, name: 'C', values: [null, 0, null] },
    { unitId: 5, name: 'D', values: [50, 1, null] },
  ],
};

describe('the ranking of the units below', () => {
  it('offers each figure some card breaks down by unit', () => {
    expect(
      rankChoices([
        { title: 'Letters', data: letters },
        { title: 'Down', data: undefined },
      ]),
    ).toEqual([
      { key: '0:0', card: 0, figure: 0, label: 'Letters · On time', format: 'percent' },
      { key: '0:1', card: 0, figure: 1, label: 'Letters · Overdue', format: 'count' },
    ]);
  });

  it('ranks highest or lowest first, equals sharing a rank in the service’s order, the unvalued last', () => {
    expect(rankUnits(letters, 0, 'high').map((u) => [u.rank, u.name, u.value])).toEqual([
      [1, 'A', 90],
      [2, 'B', 50],
      [2, 'D', 50],
      [0, 'C', null],
    ]);
    expect(rankUnits(letters, 1, 'low').map((u) => [u.rank, u.name])).toEqual([
      [1, 'A'],
      [1, 'C'],
      [3, 'D'],
      [4, 'B'],
    ]);
    expect(rankUnits(undefined, 0, 'high')).toEqual([]);
  });
});
