export { csrfCookie, localeHeader, readCookie } from './cookies';
export { createQueryClient, createStrataTrpcClient, getLocale, setLocaleForRequests } from './trpc-client';
export { TRPCProvider, useTRPC, useTRPCClient } from './react';
export type { AppRouter, RouterInputs, RouterOutputs } from './types';
