import type { TRPCClient } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { createTRPCContext, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';

// One React context for the whole console, shared as a module-federation singleton, so the shell's provider
// serves every remote. It knows no router: each app binds it to the router type it calls (bindTrpc), so
// this package depends on no service.
const context = createTRPCContext<AnyTRPCRouter>();

export const TRPCProvider = context.TRPCProvider;

/** The hooks, typed for the app's router: `export const { useTRPC, useTRPCClient } = bindTrpc<AppRouter>();` */
export function bindTrpc<Router extends AnyTRPCRouter>() {
  return {
    useTRPC: context.useTRPC as unknown as () => TRPCOptionsProxy<Router>,
    useTRPCClient: context.useTRPCClient as unknown as () => TRPCClient<Router>,
  };
}
