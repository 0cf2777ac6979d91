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
    expect(asked).toEqual([['volunteers.stats.summary', { unitId: 1, year: 2026 }]]);
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
});
