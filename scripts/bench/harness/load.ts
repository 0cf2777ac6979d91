// A closed-loop load generator: `concurrency` callers on keep-alive connections, each sending its next request
// when the last one answered, for a fixed time after a warm-up. Latencies are kept whole for exact percentiles.
import { Pool } from 'undici';
import { percentile } from '../../soak/stats';

export type LoadResult = {
  concurrency: number;
  requests: number;
  errors: number;
  firstError?: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /**
   * The server's CPU time per request over the measured part (after the warm-up), when `cpuMs` was given: unlike
   * requests/s, a cost that other work on a shared machine does not change much.
   */
  cpuMsPerRequest?: number;
};

const round = (n: number) => Math.round(n * 100) / 100;

export async function load(options: {
  origin: string;
  /** The address, or a function giving each request's (a page case asked anew every time). */
  path: string | (() => string);
  headers?: Record<string, string>;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  /** The server's CPU time so far (ms), read when the warm-up ends and at the end. */
  cpuMs?: () => number;
}): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.concurrency, pipelining: 1 });
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const warmEnd = performance.now() + options.warmupMs;
  const end = warmEnd + options.durationMs;
  const caller = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const path = typeof options.path === 'string' ? options.path : options.path();
      const res = await pool.request({ method: 'GET', path, headers: options.headers });
      const body = await res.body.text();
      const t1 = performance.now();
      if (t0 < warmEnd) continue;
      if (res.statusCode !== 200) {
        errors++;
        firstError ??= `${res.statusCode} ${body.slice(0, 200)}`;
      } else times.push(t1 - t0);
    }
  };
  let cpuAtStart: number | undefined;
  const warmed = setTimeout(() => {
    cpuAtStart = options.cpuMs?.();
  }, options.warmupMs);
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  clearTimeout(warmed);
  const cpuUsed = cpuAtStart === undefined ? undefined : (options.cpuMs?.() ?? 0) - cpuAtStart;
  await pool.close();
  times.sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    requests: times.length,
    errors,
    ...(firstError ? { firstError } : {}),
    rps: round(times.length / (options.durationMs / 1000)),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    ...(cpuUsed === undefined ? {} : { cpuMsPerRequest: round(cpuUsed / Math.max(1, times.length + errors)) }),
  };
}
