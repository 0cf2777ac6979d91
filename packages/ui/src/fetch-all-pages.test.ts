import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages } from './fetch-all-pages';

type Row = { id: number };

/** A list of `total` rows whose count stops at `bound` (the server's "10,000+"), if given. */
const fakeList = (total: number, bound = Number.POSITIVE_INFINITY) =>
  vi.fn(async (page: number, pageSize: number, _signal?: AbortSignal) => {
    const start = (page - 1) * pageSize;
    const count = Math.max(0, Math.min(pageSize, total - start));
    const items: Row[] = Array.from({ length: count }, (_, i) => ({ id: start + i + 1 }));
    return { items, total: Math.min(total, bound), totalIsBound: total > bound };
  });

describe('fetchAllPages', () => {
  it('fetches every page at the largest page size and reports progress', async () => {
    const fetchPage = fakeList(250);
    const progress: [number, number][] = [];
    const result = await fetchAllPages(fetchPage, { cap: 1000, onProgress: (d, t) => progress.push([d, t]) });
    expect(result.rows.map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(result.total).toBe(250);
    expect(result.capped).toBe(false);
    expect(fetchPage.mock.calls.map(([page, pageSize]) => [page, pageSize])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it('stops at the cap', async () => {
    const fetchPage = fakeList(1000);
    const result = await fetchAllPages(fetchPage, { cap: 150 });
    expect(result.rows).toHaveLength(150);
    expect(result.total).toBe(1000);
    expect(result.capped).toBe(true);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('stops on an exact multiple of the page size without asking for an empty page', async () => {
    const fetchPage = fakeList(200);
    expect((await fetchAllPages(fetchPage, { cap: 1000 })).rows).toHaveLength(200);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('goes on past a bounded total to the end of the list, or stops at the cap', async () => {
    const whole = await fetchAllPages(fakeList(450, 200), { cap: 1000 });
    expect(whole.rows).toHaveLength(450);
    expect(whole.capped).toBe(false);
    const cut = await fetchAllPages(fakeList(450, 200), { cap: 300 });
    expect(cut.rows).toHaveLength(300);
    expect(cut.capped).toBe(true);
    // A list of exactly the cap's size, past the bound: all of it, and nothing left behind.
    const exact = await fetchAllPages(fakeList(250, 200), { cap: 300 });
    expect(exact.rows).toHaveLength(250);
    expect(exact.capped).toBe(false);
  });

  it('passes the signal on, handles an empty result and a cancelled export', async () => {
    expect((await fetchAllPages(fakeList(0), { cap: 10 })).rows).toEqual([]);
    const live = new AbortController();
    const fetchPage = fakeList(5);
    await fetchAllPages(fetchPage, { cap: 10, signal: live.signal });
    expect(fetchPage.mock.calls[0]?.[2]).toBe(live.signal);
    const controller = new AbortController();
    controller.abort();
    await expect(fetchAllPages(fakeList(5), { cap: 10, signal: controller.signal })).rejects.toThrow();
  });
});
