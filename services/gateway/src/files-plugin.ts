// The file routes: uploads (POST /api/files) and the bytes (GET /files/...). Multipart is parsed in this scope
// alone: /trpc keeps its JSON-only body rules and its size limit.
import fastifyMultipart from '@fastify/multipart';
import type { Context, SessionCache, SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import {
  arrivalsDir,
  type FileStorage,
  fileSettings,
  fileStorage,
  installFileSettings,
  sweepArrivals,
  UploadGate,
} from '@strata/files';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from './config';
import { sendFileRouteError } from './files-answers';
import { serveFile } from './files-serve';
import { uploadFile } from './files-upload';
import { requestContext } from './trpc-plugin';

type Services = { db: Db; sessions: SessionCache; system: SystemOperations; clock?: () => Date };

/** Puts the configured storage in force for this process (procedures release bytes through it) and returns it. */
export function configureFiles(db: Db, config: GatewayConfig): FileStorage {
  const settings = fileSettings(config);
  installFileSettings(settings);
  return fileStorage(db, settings);
}

export async function registerFiles(app: FastifyInstance, services: Services, config: GatewayConfig) {
  const storage = configureFiles(services.db, config);
  const contextOf = requestContext(services, config);
  const now = services.clock ?? (() => new Date());
  const gate = new UploadGate(config.FILES_UPLOADS_AT_ONCE, 4 * config.FILES_UPLOADS_AT_ONCE);
  // What a server stopped mid-upload left in the arrivals folder a day ago and more goes at start.
  const swept = await sweepArrivals(arrivalsDir(storage.settings), now());
  if (swept > 0) app.log.info({ swept }, 'removed leftover upload files');

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart);
    // Anything refused before a handler runs (a body no parser takes, a malformed multipart) in the same shape.
    scope.setErrorHandler((error, req, reply) => sendFileRouteError(req, reply, error));

    scope.post('/api/files', async (req, reply) => {
      const ctx = await contextOf(req, reply);
      // The caller's guarded client serves the whole upload: the unit lookup, the File row, the audit entry.
      return uploadFile(req, reply, { ctx, storage: fileStorage(ctx.db, storage.settings), gate });
    });

    type Params = { Params: { id: string } };
    const serve = (which: 'file' | 'preview') => (req: FastifyRequest<Params>, reply: FastifyReply) => {
      let ctx: Promise<Context> | undefined;
      const context = () => {
        ctx ??= contextOf(req, reply);
        return ctx;
      };
      return serveFile(req, reply, which, { db: services.db, storage, now, context });
    };
    scope.get<Params>('/files/:id/preview', serve('preview'));
    scope.get<Params>('/files/:id/:name', serve('file'));
  });
}
