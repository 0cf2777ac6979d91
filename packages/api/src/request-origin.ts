// Where the current request came from, for the audit log: set once per procedure call (trpc.ts) from the
// context the gateway built (the client address as Fastify's trusted-proxy rule gives it, never a bare
// X-Forwarded-For), so recordAudit reads it without every domain function passing it along.
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestOrigin = { clientAddress: string | null; userAgent: string | null };

/** Longest user agent kept; browsers send far less, and the log is no place for an unbounded header. */
export const userAgentLimit = 512;

const storage = new AsyncLocalStorage<RequestOrigin>();

export function requestOrigin(ip: string | undefined, userAgent: string | undefined): RequestOrigin {
  const agent = userAgent?.trim();
  return {
    clientAddress: ip && ip !== 'local' ? ip : null,
    userAgent: agent ? agent.slice(0, userAgentLimit) : null,
  };
}

/** Runs `work` with `origin` as the current request's origin. */
export function withRequestOrigin<T>(origin: RequestOrigin, work: () => T): T {
  return storage.run(origin, work);
}

/** The current request's origin; none outside a request (seed, start-up work). */
export function currentRequestOrigin(): RequestOrigin {
  return storage.getStore() ?? { clientAddress: null, userAgent: null };
}
