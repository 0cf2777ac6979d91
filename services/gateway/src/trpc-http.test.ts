import { initTRPC, lazy } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { trpcHttpHandler } from './trpc-http';

const t = initTRPC.create();
const createContext = async () => ({});

describe('the tRPC HTTP handler', () => {
  it('serves a router of queries and mutations', () => {
    const router = t.router({ a: t.procedure.query(() => 1), b: t.procedure.mutation(() => 2) });
    expect(() => trpcHttpHandler({ router, maxBatchSize: 2, createContext })).not.toThrow();
  });

  it('refuses at start-up a router it cannot serve: a subscription, a lazy router', () => {
    const live = t.router({ a: t.procedure.query(() => 1), feed: t.procedure.subscription(async function* () {}) });
    expect(() => trpcHttpHandler({ router: live, maxBatchSize: 2, createContext })).toThrow(/feed/);
    const deferred = t.router({ later: lazy(async () => t.router({ a: t.procedure.query(() => 1) })) });
    expect(() => trpcHttpHandler({ router: deferred, maxBatchSize: 2, createContext })).toThrow(/lazy/);
  });
});
