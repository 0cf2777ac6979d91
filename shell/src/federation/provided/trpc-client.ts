// What the shell provides to remotes as the shared `@trpc/client`: what the apps and @strata/client import
// (federation-shared.test.ts keeps the list complete), not every link the package offers.
export { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
