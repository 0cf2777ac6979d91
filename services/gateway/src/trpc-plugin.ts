// Adapts HTTP to the tRPC context: cookies in, cookies out, CSRF and locale headers.
import {
  type CookieJar,
  createContextInner,
  csrfCookie,
  type SessionCache,
  type SystemOperations,
  sessionCookie,
} from '@strata/api';
import type { Db } from '@strata/db';
import { getTRPCErrorShape, type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppRouter } from './app-router';
import type { GatewayConfig } from './config';
import { trpcHttpHandler } from './trpc-http';

export function cookieJar(reply: FastifyReply, secure: boolean): CookieJar {
  const base = { path: '/', sameSite: 'lax' as const, secure };
  return {
    setSession(token, csrfToken, expiresAt) {
      reply.setCookie(sessionCookie, token, { ...base, httpOnly: true, expires: expiresAt });
      // Readable by the page, which echoes it in the x-csrf-token header (double submit).
      reply.setCookie(csrfCookie, csrfToken, { ...base, httpOnly: false, expires: expiresAt });
    },
    clearSession() {
      reply.clearCookie(sessionCookie, base);
      reply.clearCookie(csrfCookie, base);
    },
  };
}

/**
 * Calls per HTTP batch. tRPC runs a batch's calls concurrently, so an unbounded batch is an unbounded burst
 * of transactions on one request (100 moves ended in deadlocks and pool timeouts). A larger batch is
 * refused whole with a 400; the browser's batch link splits at the same size (packages/client).
 */
export const maxBatchSize = 20;

/** tRPC's names for the statuses Fastify refuses a request with before tRPC reads it. */
const codeOfStatus: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Fastify answers some requests itself, before tRPC sees them: a body over `bodyLimit` (413), a content type it
 * has no parser for (415). Clients read one error shape on /trpc, so those answers are written in tRPC's,
 * through the router's own error formatter (no stack, a generic message for anything unexpected).
 */
function trpcShapedError(router: AppRouter) {
  return (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    const code = codeOfStatus[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
    if (code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error }, 'request failed before tRPC');
    const trpcError = new TRPCError({ code, message: error.message, cause: error });
    const shape = getTRPCErrorShape({
      config: router._def._config,
      error: trpcError,
      type: 'unknown',
      path: undefined,
      input: undefined,
      ctx: undefined,
    });
    return reply.code(getHTTPStatusCodeFromError(trpcError)).send({ error: shape });
  };
}

type Services = {
  router: AppRouter;
  db: Db;
  sessions: SessionCache;
  system: SystemOperations;
  /** The clock every request's rules read (ctx.now()); the system's unless a test sets one. */
  clock?: () => Date;
};

/** A request header's value (the first, if sent more than once). */
export const header = (req: FastifyRequest, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The context of a request, as every route outside tRPC (file uploads and downloads) reads it too: the session
 * from its cookie, the CSRF and locale headers, the client's address.
 */
export function requestContext({ db, sessions, system, clock }: Omit<Services, 'router'>, config: GatewayConfig) {
  const contextConfig = {
    sessionTtlMs: config.SESSION_TTL_HOURS * 3_600_000,
    maxFailedLogins: config.MAX_FAILED_LOGINS,
    lockoutMs: config.LOCKOUT_MINUTES * 60_000,
    maxSignInAttemptsPerAddress: config.SIGNIN_ATTEMPTS_PER_ADDRESS,
    exposeErrorStacks: config.NODE_ENV === 'development',
  };
  return (req: FastifyRequest, reply: FastifyReply) =>
    createContextInner({
      db,
      system,
      sessions,
      sessionToken: req.cookies[sessionCookie],
      csrfHeader: header(req, 'x-csrf-token'),
      locale: header(req, 'x-strata-locale'),
      ip: req.ip,
      userAgent: header(req, 'user-agent'),
      cookies: cookieJar(reply, config.SECURE_COOKIES),
      config: contextConfig,
      ...(clock ? { clock } : {}),
    });
}

export async function registerTrpc(app: FastifyInstance, services: Services, config: GatewayConfig) {
  const { router } = services;
  const createContext = requestContext(services, config);
  // API answers are per user and may hold personal data: no browser or proxy may keep them.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/trpc')) reply.header('cache-control', 'no-store');
  });
  // A scope of its own, so the error handler and the body parser cover /trpc only (the static files keep Fastify's).
  await app.register(async (scope) => {
    scope.setErrorHandler(trpcShapedError(router));
    // The handler parses JSON itself, so a malformed body fails the calls that read it, in tRPC's words. No other
    // body type has a parser: Fastify refuses any other (form data included) with a 415 before the handler runs.
    scope.removeContentTypeParser(['application/json', 'text/plain']);
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.all(
      '/trpc/:path',
      trpcHttpHandler({
        router,
        maxBatchSize,
        createContext,
        onError({ error, path, req }) {
          if (error.code === 'INTERNAL_SERVER_ERROR')
            req.log.error({ path, err: error.cause ?? error }, 'procedure failed');
        },
      }),
    );
  });
}
