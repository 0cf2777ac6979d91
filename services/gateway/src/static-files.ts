// Serves the built shell at / (with SPA fallback) and each remote's build under /remotes/<name>/: its release store's
// builds when the team publishes there (remote-releases.ts), else its build in place.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { GatewayConfig } from './config';
import { type BuildDir, readReleaseLog, remoteBuildDirs } from './remote-releases';
import { remoteApps } from './remotes';

/**
 * Hashed assets never change, in whichever encoding they are sent (the .br and .gz copies too); entry files
 * (index.html, remoteEntry.js) must always be revalidated. Hashed is what a build writes to its assets folder with a
 * hash of seven characters or more after the name (the shell's are seven, the remotes' eight).
 */
export function cacheControlFor(path: string): string {
  const file = path.replace(/\.(br|gz)$/, '');
  const hashed = /\/assets\/[^/]+[-.][A-Za-z0-9_-]{7,}\.(m?js|css|woff2?|svg|png)$/.test(file);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A path under a remote's folder: plain names only (no dot segments, nothing hidden). */
const remoteFile = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const versionParam = /^[0-9a-f]{6,64}$/;

/**
 * The folder that serves `file` of a remote: for its entry, the build of the version asked for (`?v=`, the manifest's)
 * or else the current one; for any other file, the first build that has it (assets are hashed, so the same name is
 * the same content in every build).
 */
export function remoteFileDir(dirs: BuildDir[], file: string, asked?: string): string | undefined {
  if (file === 'remoteEntry.js') return (dirs.find((d) => asked !== undefined && d.version === asked) ?? dirs[0])?.dir;
  return dirs.find((d) => existsSync(join(d.dir, file)))?.dir;
}

export async function registerStaticFiles(
  app: FastifyInstance,
  config: Pick<GatewayConfig, 'STATIC_ROOT' | 'RELEASES_DIR'>,
) {
  const root = config.STATIC_ROOT;
  const shellDir = join(root, 'shell/dist');
  const setHeaders = (reply: FastifyReply, path: string) => {
    reply.header('cache-control', cacheControlFor(path));
  };
  const hasShell = existsSync(shellDir);
  if (!hasShell) app.log.warn('shell build missing: run npm run build');
  // Registered even without the shell's build: its `sendFile` serves the remotes (pre-compressed, same headers).
  await app.register(fastifyStatic, {
    root: hasShell ? shellDir : root,
    serve: hasShell,
    prefix: '/',
    setHeaders,
    wildcard: true,
    preCompressed: true,
  });
  for (const remote of remoteApps) {
    const inPlace = join(root, remote.dist);
    if (!existsSync(inPlace) && !readReleaseLog(config.RELEASES_DIR, remote.name))
      app.log.warn({ remote: remote.name }, 'remote build missing: run npm run build');
  }
  const byName = new Map(remoteApps.map((remote) => [remote.name, remote]));
  app.get<{ Params: { team: string; '*': string }; Querystring: { v?: unknown } }>('/remotes/:team/*', (req, reply) => {
    const remote = byName.get(req.params.team);
    const file = req.params['*'];
    if (!remote || !remoteFile.test(file)) return reply.callNotFound();
    const asked = typeof req.query.v === 'string' && versionParam.test(req.query.v) ? req.query.v : undefined;
    const dir = remoteFileDir(remoteBuildDirs(config.RELEASES_DIR, remote.name, join(root, remote.dist)), file, asked);
    if (!dir) return reply.callNotFound();
    return reply.sendFile(`/${file}`, dir);
  });
  if (!hasShell) return;
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/remotes/');
    if (wantsPage && (req.headers.accept ?? '').includes('text/html'))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });
}
