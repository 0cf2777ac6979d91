// Public pages: what a team serves to anyone, without a session (the portal under /site/, later a mailbox's public
// letters). A team answers a request with a page; the gateway does the HTTP around it, the same for every team:
// the route, the content type, caching (Cache-Control, a strong ETag of the body, If-None-Match -> 304) and the
// strict CSP these pages get (no script at all). So a team's pages are plain functions, tested without a server,
// and no service carries HTTP code of its own.
import type { Db } from '@strata/db';
import type { SystemOperations } from './system';

/** What a public page reads: the raw client (public pages read every unit), the named operations, the clock. */
export type PublicPageDeps = { db: Db; system: SystemOperations; now: () => Date };

export type PublicPageRequest = {
  /** The route's parameters (`/site/:code/` gives `code`), as written in the address. */
  params: Readonly<Record<string, string>>;
  /** The query string's values; a name given twice gives its values in order. */
  query: Readonly<Record<string, string | string[] | undefined>>;
  /** `scheme://host[:port]` the request reached, for absolute links (feeds, canonical links): never a path. */
  origin: string;
};

export type PublicPageAnswer = {
  /** 200, or the page people see instead (400 bad input, 404 nothing public there). */
  status: 200 | 400 | 404;
  /** An HTML document or an Atom feed. */
  type: 'html' | 'atom';
  body: string;
};

/** One GET route (HEAD is answered from it): a Fastify path such as `/site/:code/column/:columnId`. */
export type PublicPage = {
  path: string;
  render: (request: PublicPageRequest) => Promise<PublicPageAnswer>;
};
