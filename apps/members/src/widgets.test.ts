import { memberStages } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from './trpc';
import { widgets } from './widgets';

type Stages = RouterOutputs['members']['stats']['stages'];

const byStage = (counts: number[]) => memberStages.map((key, i) => ({ key, count: counts[i] ?? 0 }));
const child = (unitId: number, recruited: number) => ({
  unitId,
  name: `单位${unitId}`,
  members: 10,
  byStage: byStage([1, 1, 1, 1, 6]),
  recruited,
});

const counts: Stages = {
  unit: { id: 1, name: '江城市' },
  from: '2026-01-01',
  to: '2026-12-04',
  total: 50,
  byStage: byStage([5, 6, 7, 8, 24]),
  recruited: 9,
  recruitedByMonth: Array.from({ length: 12 }, (_, i) => ({
    month: i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`,
    count: i % 3,
  })),
  children: [child(2, 3), child(3, 0), child(4, 2), child(5, 0), child(6, 4)],
};

describe('the members cards', () => {
  it('asks the stage counts of the unit and shows everyone and each stage, the fewest admitted behind', async () => {
    const asked: unknown[] = [];
    const data = await widgets.stages?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return counts;
      },
    });
    expect(asked).toEqual([['members.stats.stages', { unitId: 1 }]]);
    expect(data?.figures.map((f) => [f.label, f.value])).toEqual([
      ['在册总人数', 50],
      ['入党申请人', 5],
      ['入党积极分子', 6],
      ['发展对象', 7],
      ['预备党员', 8],
      ['正式党员', 24],
    ]);
    // Fewest admitted first; the tree's order among equals.
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [3, 0],
      [5, 0],
      [4, 2],
    ]);
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [10, 1, 1, 1, 1, 6]],
      [3, [10, 1, 1, 1, 1, 6]],
      [4, [10, 1, 1, 1, 1, 6]],
      [5, [10, 1, 1, 1, 1, 6]],
      [6, [10, 1, 1, 1, 1, 6]],
    ]);
    // Those admitted month by month, as the service counted them over the twelve months up to today's.
    expect(data?.trend).toEqual({
      label: '近 12 个月发展党员',
      format: 'count',
      months: counts.recruitedByMonth.map((m) => ({ month: m.month, value: m.count })),
    });
  });
});
