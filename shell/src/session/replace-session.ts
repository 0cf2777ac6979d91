import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../api-types';
import type { useTRPC } from '../trpc';

/**
 * Sign-in or sign-out: drop every cached answer of the previous session (they were scoped to
 * another user) except the runtime manifest, then set `auth.me` in place so the gate's observer
 * sees the change.
 */
export function replaceSession(queryClient: QueryClient, trpc: ReturnType<typeof useTRPC>, me: Me | null): void {
  const meKey = trpc.identity.auth.me.queryKey();
  const meHash = JSON.stringify(meKey);
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== 'strata' && JSON.stringify(query.queryKey) !== meHash,
  });
  queryClient.setQueryData(meKey, me);
}
