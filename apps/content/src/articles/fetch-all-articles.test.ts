import { describe, expect, it, vi } from 'vitest';
import type { ArticleListInput, ArticleListOutput, ArticleRow } from '../common/api-types';
import { fetchAllArticles } from './fetch-all-articles';

const fakeList = (total: number) =>
  vi.fn(async (input: ArticleListInput): Promise<ArticleListOutput> => {
    const { page = 1, pageSize = 20 } = input;
    const start = (page - 1) * pageSize;
    const count = Math.max(0, Math.min(pageSize, total - start));
    const items = Array.from({ length: count }, (_, i) => ({ id: start + i + 1 }) as unknown as ArticleRow);
    return { items, total } as ArticleListOutput;
  });

const input = { unitId: 1, sort: 'updatedAt', order: 'desc', page: 3, pageSize: 20 } as ArticleListInput;

describe('fetchAllArticles', () => {
  it('fetches every page at the largest page size and reports progress', async () => {
    const fetchPage = fakeList(250);
    const progress: [number, number][] = [];
    const result = await fetchAllArticles(fetchPage, input, { cap: 1000, onProgress: (d, t) => progress.push([d, t]) });
    expect(result.rows).toHaveLength(250);
    expect(result.capped).toBe(false);
    expect(fetchPage.mock.calls.map(([i]) => [i.page, i.pageSize])).toEqual([
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
    const result = await fetchAllArticles(fetchPage, input, { cap: 150 });
    expect(result.rows).toHaveLength(150);
    expect(result.capped).toBe(true);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('handles an empty result and a cancelled export', async () => {
    expect((await fetchAllArticles(fakeList(0), input, { cap: 10 })).rows).toEqual([]);
    const controller = new AbortController();
    controller.abort();
    await expect(fetchAllArticles(fakeList(5), input, { cap: 10, signal: controller.signal })).rejects.toThrow();
  });
});
