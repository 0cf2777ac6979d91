// Builds the gateway: tRPC for every mounted service, their public pages, the static shell and remotes, health and
// manifest.
import fastifyCookie from '@fastify/cookie';
import { checkOutputs, SessionCache } from '@strata/api';
import type { Db } from '@strata/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import { type AppRouter, routerFor } from './app-router';
import type { GatewayConfig } from './config';
import { registerFiles } from './files-plugin';
import { remoteManifest } from './manifest';
import { configurePersonalData } from './personal-data';
import { registerPublicPages } from './public-pages';
import { RequestLog } from './request-log';
import { registerStaticFiles } from './static-files';
import { systemOperations } from './system';
import { registerTrpc } from './trpc-plugin';

/** Set by the process on SIGTERM: health answers 503 so load balancers stop sending, while requests are still served. */
export type Lifecycle = { draining: boolean };

/** `clock`: the time every request's rules read (tests set it); the system's by default. */
export async function buildServer(
  config: GatewayConfig,
  db: Db,
  lifecycle: Lifecycle = { draining: false },
  { clock }: { clock?: () => Date } = {},
) {
  checkOutputs(config.CHECK_OUTPUTS ?? config.NODE_ENV !== 'production');
  configurePersonalData(config);
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      // No personal data in logs: no cookies or tokens, and no query strings (tRPC inputs travel there).
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      serializers: {
        req: (req) => ({ method: req.method, url: String(req.url).split('?')[0], id: req.id }),
      },
    },
    logController: new RequestLog(config.SLOW_REQUEST_MS),
    routerOptions: { maxParamLength: 5000 },
    trustProxy: config.TRUST_PROXY as FastifyServerOptions['trustProxy'],
    bodyLimit: 2 * 1024 * 1024,
  });
  await app.register(fastifyCookie);
  const remoteOrigins = Object.values(config.remoteEntries)
    .filter((url) => url.startsWith('http'))
    .map((url) => new URL(url).origin);
  // Helmet's headers, its middleware built once: @fastify/helmet built it anew on every request (its CSP parsed
  // again each time), about 2 % of a list call's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...remoteOrigins],
        connectSrc: ["'self'", ...remoteOrigins],
        // maplibre-gl (the members' map) starts its worker from the remote's own file: same-origin in a build; from a
        // remote's dev server on another origin it wraps the file in a blob: module, allowed only then.
        workerSrc: ["'self'", ...(remoteOrigins.length > 0 ? ['blob:'] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Strict-Transport-Security only when served over HTTPS: over plain HTTP it would lock browsers out.
    hsts: config.SECURE_COOKIES,
  });
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error)),
  );

  // One session cache per process, told of changes by this process's transactions and, on PostgreSQL, by others'.
  const sessions = new SessionCache(db, {
    ttlMs: config.SESSION_CACHE_SECONDS * 1000,
    maxEntries: config.SESSION_CACHE_ENTRIES,
  });
  await sessions.listen(config.DATABASE_URL);
  app.addHook('onClose', () => sessions.close());
  // Procedures get a client guarded per request (createContextInner) and the named cross-scope operations.
  const router = routerFor(config.STRATA_SERVICES) as AppRouter;
  const system = systemOperations(db);
  await registerTrpc(app, { router, db, sessions, system, ...(clock ? { clock } : {}) }, config);
  await registerFiles(app, { db, sessions, system, ...(clock ? { clock } : {}) }, config);
  registerPublicPages(
    app,
    {
      db,
      system,
      ...(clock ? { clock } : {}),
      ...(config.PUBLIC_ORIGIN ? { publicOrigin: config.PUBLIC_ORIGIN } : {}),
    },
    config.STRATA_SERVICES,
  );

  app.get('/healthz', async (_req, reply) => {
    if (lifecycle.draining) return reply.code(503).send({ ok: false, draining: true });
    try {
      await db.$queryRawUnsafe('SELECT 1');
      return { ok: true, services: config.STRATA_SERVICES };
    } catch {
      return reply.code(503).send({ ok: false });
    }
  });
  app.get('/manifest.json', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').send(remoteManifest(config)),
  );

  await registerStaticFiles(app, config);
  return app;
}
