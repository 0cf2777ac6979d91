import { lastTwelveOf } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from './trpc';
import { widgets } from './widgets';

type Summary = RouterOutputs['dues']['reports']['summary'];

const figures = (assessedFen: number, reducedFen: number, paidFen: number) => ({
  assessedFen,
  reducedFen,
  paidFen,
  leftFen: assessedFen - reducedFen - paidFen,
  collectedFen: paidFen,
  extraFen: 0,
  remittedFen: 0,
  receivedFen: 0,
});
const child = (unitId: number, f: ReturnType<typeof figures>) => ({
  unitId,
  name: `单位${unitId}`,
  kind: 'township',
  ...f,
});

const summary: Summary = {
  unit: { id: 1, name: '江城市', kind: 'municipality' },
  from: '2026-01',
  to: '2026-11',
  totals: figures(100_000, 10_000, 81_000),
  children: [
    child(2, figures(40_000, 0, 40_000)),
    child(3, figures(30_000, 10_000, 10_000)),
    child(4, figures(5_000, 5_000, 0)),
    child(5, figures(20_000, 0, 16_000)),
    child(6, figures(5_000, 0, 5_000)),
  ],
  collected: Array.from({ length: 10 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    fen: 1_000 * i,
  })),
  members: [],
};

describe('the dues cards', () => {
  it('asks this year’s summary to the last ended month and shows the paid share of what is due, and the money', async () => {
    const asked: { unitId: number; from: string; to: string }[] = [];
    const data = await widgets.collection?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        expect(path).toBe('dues.reports.summary');
        asked.push(input as (typeof asked)[number]);
        return summary;
      },
    });
    // January to the last month that has ended.
    expect(asked).toEqual([{ unitId: 1, from: '2026-01', to: '2026-10' }]);
    expect(data?.caption).toBe('2026年1月 至 2026年11月');
    expect(data?.figures).toEqual([
      { label: '缴纳率', value: 90, format: 'percent' },
      { label: '应缴', value: 100_000, format: 'fen' },
      { label: '已缴', value: 81_000, format: 'fen' },
      { label: '未缴', value: 9_000, format: 'fen' },
    ]);
    // Lowest share of what is due first, the tree's order among equals; a unit with nothing due is not behind.
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [3, 50],
      [5, 80],
      [2, 100],
    ]);
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [100, 40_000, 40_000, 0]],
      [3, [50, 30_000, 10_000, 10_000]],
      [4, [null, 5_000, 0, 0]],
      [5, [80, 20_000, 16_000, 4_000]],
      [6, [100, 5_000, 5_000, 0]],
    ]);
    // What was collected in each month of the period, as the shell draws them over the last twelve: last December and
    // this November, outside the period, none.
    expect(data?.trend?.label).toBe('各月收缴（按入账月份）');
    expect(data?.trend?.format).toBe('fen');
    expect(lastTwelveOf(data?.trend?.months ?? [], '2026-11-29')).toEqual([
      { month: '2025-12', value: null },
      ...Array.from({ length: 10 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value: 1_000 * i })),
      { month: '2026-11', value: null },
    ]);
  });

  it('in January asks the whole of last year', async () => {
    const asked: unknown[] = [];
    await widgets.collection?.load({
      unitId: 1,
      locale: 'en-US',
      today: '2027-01-15',
      query: async (_path, input) => {
        asked.push(input);
        return summary;
      },
    });
    expect(asked).toEqual([{ unitId: 1, from: '2026-01', to: '2026-12' }]);
  });
});
