// The mounted teams' public pages (the portal under /site/), with the HTTP every such page gets alike: the content
// type, a strong ETag (a hash of the body) with If-None-Match -> 304, a short public cache, and a CSP that lets no
// script run at all (helmet's global policy, set on the raw response, is overridden by these reply headers).
import type { PublicPageAnswer, PublicPageRequest, SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicPageMemo } from './public-page-memo';
import { teams } from './teams';

/**
 * The pages' policy: nothing runs, styles inline only, images from this origin (files) or data: URLs, and a body's
 * uploaded audio and video from this origin too (/files, with ranges).
 */
export const publicPagePolicy =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
/** A page may be kept a minute: a withdrawn article leaves every cache within it. */
export const publicPageMaxAge = 60;

const contentTypes: Record<PublicPageAnswer['type'], string> = {
  html: 'text/html; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** Whether an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for it). */
const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });

/**
 * `scheme://host` for absolute links when no PUBLIC_ORIGIN is configured. The Host header is the client's word, so
 * only a plain host name or address (with a port) is taken; anything else links to localhost rather than to what a
 * forged header names.
 */
const hostPattern = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const originOf = (req: FastifyRequest) => `${req.protocol}://${hostPattern.test(req.host) ? req.host : 'localhost'}`;

/** The pages of the teams named in `services` (the mounted ones, STRATA_SERVICES). */
export function registerPublicPages(
  app: FastifyInstance,
  deps: { db: Db; system: SystemOperations; clock?: () => Date; publicOrigin?: string },
  services: readonly string[],
) {
  const now = deps.clock ?? (() => new Date());
  const memo = publicPageMemo(deps.db);
  const mounted = teams.filter((t) => services.includes(t.name));
  for (const team of mounted) {
    if (!('publicPages' in team) || !team.publicPages) continue;
    for (const page of team.publicPages({ db: deps.db, system: deps.system, now })) {
      app.get(page.path, async (req, reply) => {
        const request: PublicPageRequest = {
          params: req.params as Record<string, string>,
          query: req.query as PublicPageRequest['query'],
          origin: deps.publicOrigin ?? originOf(req),
        };
        const { answer, etag } = await memo(`${request.origin}${req.url}`, now().getTime(), () => page.render(request));
        reply
          .header('content-type', contentTypes[answer.type])
          .header('content-security-policy', publicPagePolicy)
          .header('x-content-type-options', 'nosniff');
        if (!etag) return reply.code(answer.status).header('cache-control', 'no-cache').send(answer.body);
        reply.header('etag', etag).header('cache-control', `public, max-age=${publicPageMaxAge}`);
        if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
        return reply.send(answer.body);
      });
    }
  }
}
