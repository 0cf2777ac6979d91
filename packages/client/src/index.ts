// The browser's tRPC client for every app: CSRF and locale headers, one provider, hooks each app binds to
// the router type it calls (see shell/src/trpc.ts).
export { csrfCookie, localeHeader, readCookie } from './cookies';
export { bindTrpc, TRPCProvider } from './react';
export { onUnauthorized } from './session-end';
export { createQueryClient, createStrataTrpcClient, getLocale, setLocaleForRequests } from './trpc-client';
