import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from './types';

/** Shared as a module-federation singleton, so the shell's provider serves every remote. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
