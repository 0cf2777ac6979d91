// What the shell provides to remotes as the shared `@trpc/tanstack-react-query`: what the apps and
// @strata/client import (federation-shared.test.ts keeps the list complete).
export { createTRPCContext } from '@trpc/tanstack-react-query';
