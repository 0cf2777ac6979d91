// The training remote's typed view of the API: the console's one tRPC context (@strata/client), bound to the
// gateway's router type. A type-only import: nothing of the server reaches the browser.
import { bindTrpc } from '@strata/client';
import type { AppRouter } from '@strata/gateway/app-router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export const { useTRPC, useTRPCClient } = bindTrpc<AppRouter>();
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
