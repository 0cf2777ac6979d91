import { lastTwelveOf } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from './trpc';
import { widgets } from './widgets';

type Summary = RouterOutputs['volunteers']['stats']['summary'];

const child = (unitId: number, minutes: number) => ({
  unitId,
  name: `单位${unitId}`,
  volunteers: 5,
  activeVolunteers: 2,
  activities: 1,
  minutes,
});

const summary: Summary = {
  unit: { id: 1, name: '江城市' },
  year: 2026,
  volunteers: 30,
  activeVolunteers: 12,
  activities: 4,
  approvedMinutes: 1234,
  pendingMinutes: 90,
  months: [],
  children: [child(2, 600), child(3, 20), child(4, 0), child(5, 600), child(6, 300)],
  teams: [],
};

describe('the volunteers cards', () => {
  it('asks this year’s summary of the unit and shows its hours and active volunteers, the fewest hours behind', async () => {
    const asked: unknown[] = [];
    const data = await widgets.hours?.load({
      unitId: 1,
      locale: 'en-US',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return summary;
      },
    });
    // This year's, and last year's for December 2025 (the twelve months reach back to it).
    expect(asked).toEqual([
      ['volunteers.stats.summary', { unitId: 1, year: 2026 }],
      ['volunteers.stats.summary', { unitId: 1, year: 2025 }],
    ]);
    expect(data?.figures).toEqual([
      { label: 'Approved hours', value: 20.6, format: 'hours' },
      { label: 'Hours awaiting approval', value: 1.5, format: 'hours' },
      { label: 'Active volunteers', value: 12, format: 'count' },
    ]);
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [4, 0],
      [3, 0.3],
      [6, 5],
    ]);
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [10, null, 2]],
      [3, [0.3, null, 2]],
      [4, [0, null, 2]],
      [5, [10, null, 2]],
      [6, [5, null, 2]],
    ]);
  });

  it('draws the approved hours of the last twelve months, last year’s December included, none for a month not counted', async () => {
    const months = (year: number, minutes: number[]) =>
      minutes.map((m, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, minutes: m, entries: 1 }));
    const data = await widgets.hours?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (_path, input) => {
        const { year } = input as { year: number };
        // This year's summary counts up to November here; December's row is not there yet.
        const counted =
          year === 2026 ? months(2026, [60, 0, 90, 120, 30, 6, 600, 0, 0, 60, 12]) : months(2025, Array(12).fill(300));
        return { ...summary, year, months: counted };
      },
    });
    expect(data?.trend?.label).toBe('近 12 个月已确认时长');
    expect(lastTwelveOf(data?.trend?.months ?? [], '2026-11-29').map((m) => [m.month, m.value])).toEqual([
      ['2025-12', 5],
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1.5],
      ['2026-04', 2],
      ['2026-05', 0.5],
      ['2026-06', 0.1],
      ['2026-07', 10],
      ['2026-08', 0],
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 0.2],
    ]);
  });

  it('asks this year’s summary alone in December', async () => {
    const asked: unknown[] = [];
    const data = await widgets.hours?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-12-04',
      query: async (_path, input) => {
        asked.push(input);
        return summary;
      },
    });
    expect(asked).toEqual([{ unitId: 1, year: 2026 }]);
    // The summary above counts no month: each is drawn as none.
    expect(lastTwelveOf(data?.trend?.months ?? [], '2026-12-04').every((m) => m.value === null)).toBe(true);
  });
});
