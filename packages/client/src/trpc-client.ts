import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { csrfCookie, localeHeader, readCookie } from './cookies';
import { reportFailure } from './session-end';

let requestLocale = 'zh-CN';
export const setLocaleForRequests = (locale: string) => {
  requestLocale = locale;
};
export const getLocale = () => requestLocale;

/** One client for every service: the gateway mounts all routers under /trpc. */
/** Untyped on purpose: the provider takes it, and each app's hooks carry the router type (bindTrpc). */
export function createStrataTrpcClient(baseUrl = '') {
  return createTRPCClient<AnyTRPCRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/trpc`,
        // The gateway refuses batches of more calls (maxBatchSize in services/gateway/src/trpc-plugin.ts).
        maxItems: 20,
        // Always non-empty: before sign-in there is no cookie yet, but the header's mere presence
        // (which forces a CORS preflight) is what the server checks on public mutations such as login.
        headers: () => ({ 'x-csrf-token': readCookie(csrfCookie) || 'anonymous', [localeHeader]: requestLocale }),
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export function createQueryClient() {
  return new QueryClient({
    // Every failure, from the shell or a remote, passes here: an ended session is noticed wherever it shows.
    queryCache: new QueryCache({ onError: reportFailure }),
    mutationCache: new MutationCache({ onError: reportFailure }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (count, error) => {
          const code = error instanceof TRPCClientError ? error.data?.code : undefined;
          if (code && ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST'].includes(code)) return false;
          return count < 2;
        },
      },
    },
  });
}
