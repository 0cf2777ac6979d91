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
