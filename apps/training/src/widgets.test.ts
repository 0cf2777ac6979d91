import { lastTwelveMonths } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from './trpc';
import { widgets } from './widgets';

type Coverage = RouterOutputs['training']['reports']['coverage'];

const child = (unitId: number, share: number | null, staff: number) => ({
  unitId,
  name: `单位${unitId}`,
  staff,
  covered: share === null ? 0 : Math.round((share * staff) / 100),
  noneRequired: 0,
  share,
});

// As reports.coverage ranks them: best covered first, those without staff last.
const report: Coverage = {
  unit: { id: 1, name: '江城市' },
  staff: 40,
  covered: 26,
  noneRequired: 3,
  share: 65,
  children: [child(2, 90, 10), child(3, 80, 10), child(4, 50, 10), child(5, 40, 10), child(6, null, 0)],
  courses: [],
  // As the service gives it: the twelve months to today's, oldest first, zero months included.
  completedByMonth: lastTwelveMonths('2026-11-29').map((month, i) => ({
    month,
    count: [4, 0, 7, 1, 0, 12, 3, 0, 5, 9, 2, 6][i] ?? 0,
  })),
};

describe('the training cards', () => {
  it('asks reports.coverage for the unit and shows its figures, the units furthest behind first, in the locale', async () => {
    const asked: unknown[] = [];
    const query = async (path: string, input: unknown) => {
      asked.push([path, input]);
      return report;
    };
    const data = await widgets.coverage?.load({ unitId: 1, locale: 'zh-CN', today: '2026-11-29', query });
    expect(asked).toEqual([['training.reports.coverage', { unitId: 1 }]]);
    expect(data?.figures).toEqual([
      { label: '覆盖率', value: 65, format: 'percent' },
      { label: '应学人数', value: 40, format: 'count' },
      { label: '已完成全部必修课程', value: 26, format: 'count' },
    ]);
    // The lowest three with staff, lowest first; a unit without staff is not behind.
    expect(data?.behind?.units.map((u) => [u.unitId, u.value])).toEqual([
      [5, 40],
      [4, 50],
      [3, 80],
    ]);
    expect(data?.link?.path).toBe('/training/reports');
    const english = await widgets.coverage?.load({ unitId: 1, locale: 'en-US', today: '2026-11-29', query });
    expect(english?.figures.map((f) => f.label)).toEqual([
      'Coverage',
      'Staff required',
      'Completed every required course',
    ]);
    // The completions month by month, passed through as the service counted them, in the service's order.
    expect(data?.trend).toEqual({
      label: '近 12 个月完成课程人次',
      format: 'count',
      months: report.completedByMonth.map((m) => ({ month: m.month, value: m.count })),
    });
    expect(data?.trend?.months.slice(0, 3)).toEqual([
      { month: '2025-12', value: 4 },
      { month: '2026-01', value: 0 },
      { month: '2026-02', value: 7 },
    ]);
    expect(english?.trend?.label).toBe('Course completions, last 12 months');
    expect(english?.trend?.months).toEqual(data?.trend?.months);
    // Every unit below, in the service's order, with each figure's value (the ranking and the export read them).
    expect(data?.children?.map((c) => [c.unitId, c.values])).toEqual([
      [2, [90, 10, 9]],
      [3, [80, 10, 8]],
      [4, [50, 10, 5]],
      [5, [40, 10, 4]],
      [6, [null, 0, 0]],
    ]);
  });

  it('passes the service’s refusal on, for the card’s own fallback', async () => {
    const refused = new Error('FORBIDDEN');
    await expect(
      widgets.coverage?.load({ unitId: 9, locale: 'zh-CN', today: '2026-11-29', query: () => Promise.reject(refused) }),
    ).rejects.toBe(refused);
  });
});
