import type { WidgetContext, WidgetData } from '@strata/contract';
import { describe, expect, it, vi } from 'vitest';
import { loadWidget, queryByPath } from './widget-loader';

const data: WidgetData = { figures: [{ label: 'Staff', value: 3, format: 'count' }] };
const context: WidgetContext = { unitId: 7, locale: 'en-US', today: '2026-11-29', query: async () => null };

describe('loadWidget', () => {
  it('loads the card from its module in the context', async () => {
    const load = vi.fn(async () => data);
    const importer = vi.fn(async () => ({ widgets: { coverage: { load } } }));
    await expect(loadWidget('/m.js', 'coverage', context, { timeoutMs: 1000, importer })).resolves.toBe(data);
    expect(importer).toHaveBeenCalledWith('/m.js');
    expect(load).toHaveBeenCalledWith(context);
  });

  it('answers null for a card with nothing of the caller’s, and undefined is no answer', async () => {
    const module = (answer: unknown) => async () => ({ widgets: { mine: { load: async () => answer } } });
    await expect(loadWidget('/m.js', 'mine', context, { timeoutMs: 1000, importer: module(null) })).resolves.toBeNull();
    await expect(
      loadWidget('/m.js', 'mine', context, { timeoutMs: 1000, importer: module(undefined) }),
    ).rejects.toThrow(/no figures/);
  });

  it('draws a trend over the last twelve months to today, whatever months the card gave', async () => {
    const trend = {
      label: 'Received',
      format: 'count' as const,
      // Out of order, one before the twelve, one after today, and months left out.
      months: [
        { month: '2026-03', value: 4 },
        { month: '2025-11', value: 9 },
        { month: '2026-11', value: 2 },
        { month: '2026-12', value: 7 },
        { month: '2025-12', value: 0 },
      ],
    };
    const importer = async () => ({ widgets: { letters: { load: async () => ({ ...data, trend }) } } });
    const loaded = await loadWidget('/m.js', 'letters', context, { timeoutMs: 1000, importer });
    expect(loaded?.figures).toBe(data.figures);
    expect(loaded?.trend?.label).toBe('Received');
    expect(loaded?.trend?.months.map((m) => [m.month, m.value])).toEqual([
      ['2025-12', 0],
      ['2026-01', null],
      ['2026-02', null],
      ['2026-03', 4],
      ['2026-04', null],
      ['2026-05', null],
      ['2026-06', null],
      ['2026-07', null],
      ['2026-08', null],
      ['2026-09', null],
      ['2026-10', null],
      ['2026-11', 2],
    ]);
  });

  it('asks for the file afresh on a retry', async () => {
    const importer = vi.fn(async () => ({ widgets: { coverage: { load: async () => data } } }));
    await loadWidget('/m.js', 'coverage', context, { attempt: 2, timeoutMs: 1000, importer });
    expect(importer).toHaveBeenCalledWith('/m.js?attempt=2');
  });

  it('fails on a module without the card, an answer without figures, a load that throws, and a slow module', async () => {
    const from = (module: unknown) => async () => module;
    const options = (importer: () => Promise<unknown>) => ({ timeoutMs: 50, importer });
    await expect(loadWidget('/m.js', 'coverage', context, options(from({ widgets: {} })))).rejects.toThrow(/no card/);
    await expect(
      loadWidget('/m.js', 'coverage', context, options(from({ widgets: { coverage: { load: async () => ({}) } } }))),
    ).rejects.toThrow(/no figures/);
    const failing = { widgets: { coverage: { load: () => Promise.reject(new Error('service down')) } } };
    await expect(loadWidget('/m.js', 'coverage', context, options(from(failing)))).rejects.toThrow('service down');
    const never = () => new Promise(() => {});
    await expect(loadWidget('/m.js', 'coverage', context, options(never))).rejects.toThrow(/took over 50 ms/);
  });
});

describe('queryByPath', () => {
  it('asks the client at the path, and refuses a path that is no query', async () => {
    const query = vi.fn(async (input: unknown) => ({ input }));
    const client = { training: { reports: { coverage: { query } } } };
    await expect(queryByPath(client)('training.reports.coverage', { unitId: 1 })).resolves.toEqual({
      input: { unitId: 1 },
    });
    await expect(queryByPath(client)('training.reports', {})).rejects.toThrow(/no query/);
    await expect(queryByPath(client)('nothing.here', {})).rejects.toThrow(/no query/);
  });
});
