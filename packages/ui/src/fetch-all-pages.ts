/** The API's largest page (`pageInput` in @strata/api caps pageSize at 100). */
export const largestPageSize = 100;

export type FetchPage<Row> = (
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) => Promise<{ items: Row[]; total: number }>;

export interface FetchAllPagesOptions {
  /** The most rows to take; past it the walk stops and the result says `capped`. */
  cap: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface FetchAllPagesResult<Row> {
  rows: Row[];
  total: number;
  capped: boolean;
}

/** Walks a paged list at the API's largest page for every row its filter matches, up to the cap. */
export async function fetchAllPages<Row>(
  fetchPage: FetchPage<Row>,
  { cap, signal, onProgress }: FetchAllPagesOptions,
): Promise<FetchAllPagesResult<Row>> {
  const rows: Row[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    signal?.throwIfAborted();
    const result = await fetchPage(page, largestPageSize, signal);
    total = result.total;
    rows.push(...result.items);
    onProgress?.(Math.min(rows.length, total, cap), Math.min(total, cap));
    if (result.items.length < largestPageSize || rows.length >= total || rows.length >= cap) break;
  }
  return { rows: rows.slice(0, cap), total, capped: total > cap };
}
