import type { ArticleListInput, ArticleListOutput, ArticleRow } from '../common/api-types';
import { maxPageSize } from '../common/domain-values';

export interface FetchAllOptions {
  /** The most rows an export takes; past it the export stops and says so. */
  cap: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface FetchAllResult {
  rows: ArticleRow[];
  total: number;
  capped: boolean;
}

/** Walks the list page by page (the API's largest page) for everything the filter matches. */
export async function fetchAllArticles(
  fetchPage: (input: ArticleListInput, signal?: AbortSignal) => Promise<ArticleListOutput>,
  input: ArticleListInput,
  { cap, signal, onProgress }: FetchAllOptions,
): Promise<FetchAllResult> {
  const rows: ArticleRow[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    signal?.throwIfAborted();
    const result = await fetchPage({ ...input, page, pageSize: maxPageSize }, signal);
    total = result.total;
    rows.push(...result.items);
    onProgress?.(Math.min(rows.length, total, cap), Math.min(total, cap));
    if (result.items.length < maxPageSize || rows.length >= total || rows.length >= cap) break;
  }
  return { rows: rows.slice(0, cap), total, capped: total > cap };
}
