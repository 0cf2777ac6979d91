export { csrfCookie, localeHeader, readCookie } from './cookies';
export { TRPCProvider, useTRPC, useTRPCClient } from './react';
export { createQueryClient, createStrataTrpcClient, getLocale, setLocaleForRequests } from './trpc-client';
export type { AppRouter, RouterInputs, RouterOutputs } from './types';
