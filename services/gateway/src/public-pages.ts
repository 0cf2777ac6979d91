// The mounted teams' public pages (the portal under /site/), with the HTTP every such page gets alike: the content
// type, a strong ETag (a hash of the body) with If-None-Match -> 304, a short public cache, and a CSP that lets no
// script run at all (helmet's global policy, set on the raw response, is overridden by these reply headers).

import { createReadStream } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import type { PublicPage, PublicPageAnswer, PublicPageRequest, SystemOperations, TeamRegistration } from '@strata/api';
import type { Db } from '@strata/db';
import { html } from '@strata/text';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicPageMemo } from './public-page-memo';
import { multipartOptions, readMultipartForm } from './public-page-uploads';
import { teams } from './teams';

/**
 * The pages' policy: nothing runs, styles inline only, images from this origin (files) or data: URLs, and a body's
 * uploaded audio and video from this origin too (/files, with ranges).
 */
export const publicPagePolicy =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
/**
 * The policy of a page that loads this origin's own scripts (a form's proof-of-work widget, whose workers start from
 * blob: URLs and which fetches its challenge here): nothing inline, nothing from elsewhere.
 */
export const scriptedPagePolicy = `${publicPagePolicy}; script-src 'self'; worker-src 'self' blob:; connect-src 'self'`;
/** A page may be kept a minute: a withdrawn article leaves every cache within it. */
export const publicPageMaxAge = 60;

const contentTypes: Record<PublicPageAnswer['type'], string> = {
  html: 'text/html; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A form's fields as the query's: a name given twice gives its values in order. */
function formFields(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const known = fields[name];
    fields[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return fields;
}

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
  const siteNav = mounted.flatMap((t) => ('siteNav' in t && t.siteNav ? t.siteNav : []));
  const framing = mounted.find((t) => 'siteFrame' in t && t.siteFrame);
  const { frame, reads: frameReads } =
    framing && 'siteFrame' in framing && framing.siteFrame ? framing.siteFrame : bareSiteFrame;
  const siteFrame = frame(deps.db);
  const pageDeps = { db: deps.db, system: deps.system, now, siteNav, siteFrame };
  const formRoutes: Route[] = [];
  for (const team of mounted) {
    for (const asset of 'publicAssets' in team && team.publicAssets ? team.publicAssets : [])
      app.get(asset.path, (_req, reply) =>
        reply
          .header('content-type', asset.type)
          .header('cache-control', `public, max-age=${assetMaxAge}`)
          .header('x-content-type-options', 'nosniff')
          .send(createReadStream(asset.file)),
      );
    if (!('publicPages' in team) || !team.publicPages) continue;
    for (const page of team.publicPages(pageDeps)) {
      const handler = async (req: FastifyRequest, reply: FastifyReply) => {
        const sent = page.uploads && req.isMultipart() ? await readMultipartForm(req, page.uploads) : undefined;
        const request: PublicPageRequest = {
          params: req.params as Record<string, string>,
          query: req.query as PublicPageRequest['query'],
          origin: deps.publicOrigin ?? originOf(req),
          form: sent?.form ?? (typeof req.body === 'string' ? formFields(req.body) : {}),
          address: req.ip,
          ...(page.uploads ? { files: sent?.files ?? [], tooManyFiles: sent?.tooManyFiles ?? false } : {}),
        };
        reply
          .header('content-security-policy', page.scripts ? scriptedPagePolicy : publicPagePolicy)
          .header('x-content-type-options', 'nosniff');
        // A form's answer, a fresh challenge, a letter shown to its code's holder: never kept, never memoised.
        if (!page.reads) {
          const answer = await page.render(request);
          return reply
            .code(answer.status)
            .header('content-type', contentTypes[answer.type])
            .header('cache-control', 'no-store')
            .send(answer.body);
        }
        const { answer, etag } = await memo(
          `${request.origin}${req.url}`,
          now().getTime(),
          [...page.reads, ...frameReads],
          () => page.render(request),
        );
        reply.header('content-type', contentTypes[answer.type]);
        if (!etag) return reply.code(answer.status).header('cache-control', 'no-cache').send(answer.body);
        reply.header('etag', etag).header('cache-control', `public, max-age=${publicPageMaxAge}`);
        if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
        return reply.send(answer.body);
      };
      if (page.method === 'POST') formRoutes.push({ page, handler });
      else app.get(page.path, handler);
    }
  }
  // Forms post url-encoded fields, read here as text (a body over the limit is a 413 before any page runs); a page
  // that takes files may be posted as multipart too, parsed in a scope of its own (public-page-uploads.ts).
  const formScope = (routes: Route[], multipart: boolean) =>
    app.register(async (scope) => {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: formBodyLimit },
        (_req, body, done) => done(null, body),
      );
      if (multipart) await scope.register(fastifyMultipart, multipartOptions);
      for (const { page, handler } of routes) scope.post(page.path, handler);
    });
  const [withUploads, plain] = [formRoutes.filter((r) => r.page.uploads), formRoutes.filter((r) => !r.page.uploads)];
  if (plain.length) formScope(plain, false);
  if (withUploads.length) formScope(withUploads, true);
}

/**
 * A site's frame when no mounted team draws sites (a process serving the mailbox without content): the unit's name
 * as the heading of a plain page, so the team's pages still work.
 */
const bareSiteFrame: NonNullable<TeamRegistration['siteFrame']> = {
  reads: ['Unit'],
  frame: (db) => async (code) => {
    const unit = await db.unit.findFirst({
      where: { siteCode: code, archivedAt: null },
      select: { id: true, name: true },
    });
    if (!unit) return null;
    const home = `/site/${code}/`;
    return {
      unitId: unit.id,
      name: unit.name,
      code,
      home,
      render: ({ title, main }) =>
        html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - ${unit.name}</title></head><body><header><a href="${home}">${unit.name}</a></header><main>${main}</main></body></html>`
          .text,
    };
  },
};

/** A public form's largest body: a letter's longest text, several times over for its encoding. */
const formBodyLimit = 64 * 1024;
/** Team assets (a widget's script) change only with a release: a day. */
const assetMaxAge = 86_400;
type Route = { page: PublicPage; handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown> };
