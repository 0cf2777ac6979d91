import { lastTwelveOf } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import type { LetterStats } from './stats/stats-view';
import { widgets } from './widgets';

type Figures = LetterStats['totals'];
const figures = (onTimeRate: number | null, overdue: number, received: number) =>
  ({ onTimeRate, overdue, received }) as Figures;
// Overdue now counts letters received in any year: more than the period's own overdue.
const child = (unitId: number, f: Figures, overdueNow = f.overdue + 1) => ({
  unitId,
  name: `单位${unitId}`,
  figures: f,
  overdueNow,
});

const stats = {
  totals: figures(0.8125, 3, 40),
  overdueNow: 9,
  children: [
    child(2, figures(0.9, 0, 10)),
    child(3, figures(0.5, 1, 10)),
    child(4, figures(null, 0, 0), 0),
    child(5, figures(0.5, 2, 10)),
    child(6, figures(0.75, 0, 10)),
  ],
  months: [],
} as unknown as LetterStats;

describe('the mailbox cards', () => {
  it('asks this year’s letter statistics of the unit and shows the on-time rate, all overdue now and the received', async () => {
    const asked: unknown[] = [];
    const data = await widgets.letters?.load({
      unitId: 7,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return stats;
      },
    });
    // This year's figures, and the letters by month since this month a year ago (the shell draws the last twelve).
    expect(asked).toEqual([
      ['mailbox.stats.letters', { unitId: 7, from: '2026-01-01', to: '2026-11-29' }],
      ['mailbox.stats.letters', { unitId: 7, from: '2025-11-01', to: '2026-11-29' }],
    ]);
    expect(data?.caption).toBe('今年以来');
    expect(data?.figures).toEqual([
      { label: '按期答复率', value: 81.3, format: 'percent' },
      { label: '当前超期（全部来信）', value: 9, format: 'count' },
      { label: '收信', value: 40, format: 'count' },
    ]);
    // Lowest rate first, more overdue now first among equals; a unit with no letter due has no rate and is not behind.
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [5, 50],
      [3, 50],
      [6, 75],
    ]);
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [90, 1, 10]],
      [3, [50, 2, 10]],
      [4, [null, 0, 0]],
      [5, [50, 3, 10]],
      [6, [75, 1, 10]],
    ]);
  });

  it('draws the letters received month by month over the last twelve, asking once in December', async () => {
    const asked: unknown[] = [];
    const monthly = (year: number, from: number, counts: number[]) =>
      counts.map((received, i) => ({ month: `${year}-${String(from + i).padStart(2, '0')}`, received }));
    const year = monthly(2026, 1, [3, 0, 5, 1, 2, 8, 1, 0, 4, 6, 2, 1]);
    const data = await widgets.letters?.load({
      unitId: 7,
      locale: 'en-US',
      today: '2026-12-04',
      query: async (_path, input) => {
        asked.push(input);
        return { ...stats, months: year };
      },
    });
    expect(asked).toEqual([{ unitId: 7, from: '2026-01-01', to: '2026-12-04' }]);
    expect(data?.trend?.label).toBe('Letters received, last 12 months');
    expect(data?.trend?.format).toBe('count');
    // What the shell draws: this year's twelve months, from the year's statistics.
    expect(lastTwelveOf(data?.trend?.months ?? [], '2026-12-04')).toEqual(
      year.map((m) => ({ month: m.month, value: m.received })),
    );
    // In November, last December's letters come from the statistics that reach back a year.
    const twelve = [...monthly(2025, 11, [7, 9]), ...year.slice(0, 11)];
    const november = await widgets.letters?.load({
      unitId: 7,
      locale: 'en-US',
      today: '2026-11-29',
      query: async (_path, input) => ({
        ...stats,
        months: (input as { from: string }).from === '2026-01-01' ? year.slice(0, 11) : twelve,
      }),
    });
    expect(lastTwelveOf(november?.trend?.months ?? [], '2026-11-29').map((m) => m.value)).toEqual([
      9, 3, 0, 5, 1, 2, 8, 1, 0, 4, 6, 2,
    ]);
  });
});
