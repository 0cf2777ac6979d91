/** The API's largest page (`pageInput` in @strata/api caps pageSize at 100). */
export const largestPageSize = 100;

export type FetchPage<Row> = (
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) => Promise<{ items: Row[]; total: number; totalIsBound?: boolean }>;

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
  // Whether the walk saw the list's end (rather than stopping at the cap).
  let exhausted = false;
  for (let page = 1; ; page++) {
    signal?.throwIfAborted();
    const result = await fetchPage(page, largestPageSize, signal);
    total = result.total;
    rows.push(...result.items);
    onProgress?.(Math.min(rows.length, total, cap), Math.min(total, cap));
    // A bounded total ("10,000+") is no end: the rows go on past it until a page comes back short.
    exhausted = result.items.length < largestPageSize || (!result.totalIsBound && rows.length >= total);
    if (exhausted || rows.length >= cap) break;
  }
  return { rows: rows.slice(0, cap), total, capped: !exhausted || rows.length > cap };
}
