// Serves the built shell at / (with SPA fallback) and each remote's build under /remotes/<name>/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { remoteApps } from './remotes';

/**
 * Hashed assets never change, in whichever encoding they are sent (the .br and .gz copies too); entry files
 * (index.html, remoteEntry.js) must always be revalidated.
 */
export function cacheControlFor(path: string): string {
  const file = path.replace(/\.(br|gz)$/, '');
  const hashed = /[-.][A-Za-z0-9_-]{8,}\.(m?js|css|woff2?|svg|png)$/.test(file) && !file.endsWith('remoteEntry.js');
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function registerStaticFiles(app: FastifyInstance, root: string) {
  const shellDir = join(root, 'shell/dist');
  const setHeaders = (reply: FastifyReply, path: string) => {
    reply.header('cache-control', cacheControlFor(path));
  };
  for (const remote of remoteApps) {
    const dir = join(root, remote.dist);
    if (!existsSync(dir)) {
      app.log.warn({ remote: remote.name }, 'remote build missing: run npm run build');
      continue;
    }
    await app.register(fastifyStatic, {
      root: dir,
      prefix: `/remotes/${remote.name}/`,
      decorateReply: false,
      preCompressed: true,
      setHeaders,
    });
  }
  if (!existsSync(shellDir)) {
    app.log.warn('shell build missing: run npm run build');
    return;
  }
  await app.register(fastifyStatic, { root: shellDir, prefix: '/', setHeaders, wildcard: true, preCompressed: true });
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/remotes/');
    if (wantsPage && (req.headers.accept ?? '').includes('text/html'))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });
}
