import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from './trpc';
import { widgets } from './widgets';

type Summary = RouterOutputs['content']['freshness']['summary'];

const unit = (unitId: number, overdue: number, dueSoon: number) => ({
  unitId,
  name: `单位${unitId}`,
  overdue,
  dueSoon,
});

const summary: Summary = {
  today: '2026-12-04',
  overdue: 7,
  dueSoon: 4,
  units: [unit(2, 1, 0), unit(3, 0, 3), unit(4, 3, 0), unit(5, 1, 1), unit(6, 2, 0)],
  // The twelve months to December, each with its own count (a month with none says 0).
  publishedByMonth: Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    count: i === 4 ? 0 : 10 + i,
  })),
};

describe('the content cards', () => {
  it('asks the freshness summary of the unit and shows the columns overdue and due soon, the most overdue behind', async () => {
    const asked: unknown[] = [];
    const data = await widgets.freshness?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return summary;
      },
    });
    expect(asked).toEqual([['content.freshness.summary', { unitId: 1 }]]);
    expect(data?.figures).toEqual([
      { label: '超期栏目数', value: 7, format: 'count' },
      { label: '即将到期栏目数', value: 4, format: 'count' },
    ]);
    // Most overdue first, then most due soon; a unit with none overdue is not behind.
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [4, 3],
      [6, 2],
      [5, 1],
    ]);
    expect(data?.link?.path).toBe('/content/freshness');
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [1, 0]],
      [3, [0, 3]],
      [4, [3, 0]],
      [5, [1, 1]],
      [6, [2, 0]],
    ]);
    // The articles published month by month, passed through in the service's months and counts.
    expect(data?.trend).toEqual({
      label: '近 12 个月发布文章',
      format: 'count',
      months: summary.publishedByMonth.map((m) => ({ month: m.month, value: m.count })),
    });
    expect(data?.trend?.months.map((m) => m.value)).toEqual([10, 11, 12, 13, 0, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('says its trend in English for an English reader', async () => {
    const data = await widgets.freshness?.load({
      unitId: 1,
      locale: 'en-US',
      today: '2026-12-04',
      query: async () => summary,
    });
    expect(data?.trend?.label).toBe('Articles published, last 12 months');
    expect(data?.trend?.months[11]).toEqual({ month: '2026-12', value: 21 });
  });

  it('lets a refusal through as it came (the shell shows the card’s fallback)', async () => {
    const refused = new Error('NOT_FOUND');
    await expect(
      widgets.freshness?.load({
        unitId: 9,
        locale: 'zh-CN',
        today: '2026-11-29',
        query: () => Promise.reject(refused),
      }),
    ).rejects.toBe(refused);
  });
});
