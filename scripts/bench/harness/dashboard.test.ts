import type { BenchCase, ProcedureBenchCase } from '@strata/api';
import type { WidgetModule } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { batchFloorCases } from './cases';
import { cardCalls } from './dashboard';
import { gatewayRequest } from './pages';

const caller = { role: 'municipal' as const, username: 'admin', unitId: 7, unitPath: '/1/7/' };

// Two cards as the teams write them: one asks two things at once, the other one thing, then another with its answer.
const module: WidgetModule = {
  widgets: {
    both: {
      load: async ({ unitId, today, query }) => {
        await Promise.all([query('a.stats', { unitId, to: today }), query('a.trend', { unitId })]);
        return { figures: [] };
      },
    },
    after: {
      load: async ({ unitId, query }) => {
        const first = (await query('b.summary', { unitId })) as { id: number };
        await query('b.detail', { id: first.id });
        return { figures: [] };
      },
    },
    unused: {
      load: async ({ query }) => {
        await query('c.never', {});
        return { figures: [] };
      },
    },
  },
};

describe('the dashboard bench case', () => {
  it('asks what the cards ask at once, for the caller’s unit, today; not what waits on an answer, nor other cards', async () => {
    expect(await cardCalls([{ module, ids: ['both', 'after'] }], caller, '2026-12-05')).toEqual([
      { procedure: 'a.stats', input: { unitId: 7, to: '2026-12-05' } },
      { procedure: 'a.trend', input: { unitId: 7 } },
      { procedure: 'b.summary', input: { unitId: 7 } },
    ]);
  });

  it('refuses a card its module does not have', async () => {
    await expect(cardCalls([{ module, ids: ['gone'] }], caller, '2026-12-05')).rejects.toThrow('no card gone');
  });

  it('is one batched request, as the console’s client sends it', () => {
    const batch: BenchCase = { name: 'overview.dashboard', calls: async () => [] };
    const calls = [
      { procedure: 'a.stats', input: { unitId: 7 } },
      { procedure: 'b.summary', input: { unitId: 7, year: 2026 } },
    ];
    const { path, headers } = gatewayRequest(
      batch,
      caller,
      'sid=1',
      new Map(),
      new Map(),
      new Map([['overview.dashboard/municipal', calls]]),
    );
    expect(headers).toEqual({ cookie: 'sid=1' });
    const url = new URL(path as string, 'http://x');
    expect(url.pathname).toBe('/trpc/a.stats,b.summary');
    expect(url.searchParams.get('batch')).toBe('1');
    expect(JSON.parse(url.searchParams.get('input') as string)).toEqual({ 0: calls[0]?.input, 1: calls[1]?.input });
  });

  it('measures against the floors of the cases named after its procedures, each once', () => {
    const floor = { sqlite: { sql: [], params: () => [] }, postgresql: { sql: [], params: () => [] } };
    const named = (name: string): ProcedureBenchCase => ({
      name,
      procedure: name.split(':')[0] as string,
      input: () => ({}),
      floor,
    });
    const cases = [named('a.stats:fresh'), named('a.stats'), named('b.summary')];
    const calls = [
      { procedure: 'a.stats', input: {} },
      { procedure: 'a.stats', input: { year: 2025 } },
      { procedure: 'b.summary', input: {} },
    ];
    expect(batchFloorCases(cases, calls).map((c) => c.name)).toEqual(['a.stats', 'b.summary']);
    expect(() => batchFloorCases(cases, [{ procedure: 'c.list', input: {} }])).toThrow('no bench case named c.list');
  });
});
