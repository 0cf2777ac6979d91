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
