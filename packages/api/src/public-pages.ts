// Public pages: what a team serves to anyone, without a session (the portal under /site/, a mailbox's letter form
// and its public letters). A team answers a request with a page; the gateway does the HTTP around it, the same for
// every team: the route, the content type, caching (Cache-Control, a strong ETag of the body, If-None-Match -> 304
// for GET pages that may be kept) and the strict CSP these pages get (no script at all, unless a page says it loads
// this origin's own scripts). So a team's pages are plain functions, tested without a server, and no service carries
// HTTP code of its own.
import type { Db, Table } from '@strata/db';
import type { Html } from '@strata/text';
import type { SystemOperations } from './system';

/** An entry a team adds to every site's navigation (the content team's frame draws it): `mailbox` -> /site/<code>/mailbox. */
export type SiteNavEntry = { key: string; label: string; path: string };

/** A page of a unit's site as another team draws it: its titles, its place in the site, and its own content. */
export type SiteFrameOptions = {
  /** The page's own title (the site's name follows it) and its description. */
  title: string;
  description: string;
  /** Its address under the site's root (`mailbox`, `letters?page=2`). */
  path: string;
  /** The team's navigation entry this page is (its key). */
  current?: string;
  /** Below the site's own crumb. */
  crumbs?: { label: string; href?: string }[];
  main: Html;
};

/** A unit's site, and the frame its pages wear (header, navigation, breadcrumbs, footer) for any team's page. */
export type SiteFrame = {
  unitId: number;
  name: string;
  code: string;
  /** The site's root address, `/site/<code>/`. */
  home: string;
  /** The whole HTML document. */
  render: (options: SiteFrameOptions) => string;
};

/** What a public page reads: the raw client (public pages read every unit), the named operations, the clock. */
export type PublicPageDeps = {
  db: Db;
  system: SystemOperations;
  now: () => Date;
  /** Every mounted team's entries of the sites' navigation, in the teams' order. */
  siteNav: readonly SiteNavEntry[];
  /** The site at a code (a live unit's), with its frame (the content team's, when mounted); null: no such site. */
  siteFrame: (code: string, origin: string) => Promise<SiteFrame | null>;
};

export type PublicPageRequest = {
  /** The route's parameters (`/site/:code/` gives `code`), as written in the address. */
  params: Readonly<Record<string, string>>;
  /** The query string's values; a name given twice gives its values in order. */
  query: Readonly<Record<string, string | string[] | undefined>>;
  /** `scheme://host[:port]` the request reached, for absolute links (feeds, canonical links): never a path. */
  origin: string;
  /** A POSTed form's fields (`application/x-www-form-urlencoded`), as the query's; empty for GET. */
  form: Readonly<Record<string, string | string[] | undefined>>;
  /** The client's address (behind TRUST_PROXY, the forwarded one), for per-address limits: never kept as it is. */
  address: string;
  /**
   * The files a multipart form sent in the page's upload field (`PublicPage.uploads`), in order, held in memory:
   * the gateway writes them nowhere. Unset for any other request.
   */
  files?: readonly PublicUpload[];
  /** More files than `uploads.maxFiles` were sent: those past it were not read (nor any field after them). */
  tooManyFiles?: boolean;
};

/** A file sent with a form, as the browser named it (unchecked: the page checks its name, type and size). */
export type PublicUpload = {
  name: string;
  /** Its bytes, or null when it was over `uploads.maxBytes` (read no further than that). */
  bytes: Buffer | null;
};

/**
 * A form page that takes files: it may be posted as `multipart/form-data` (an `enctype` form, no script needed)
 * as well as url-encoded. The gateway reads at most `maxFiles` files of at most `maxBytes` each from `field`, under
 * hard limits on parts, fields and the whole body, and hands them to the page in memory.
 */
export type PublicUploads = { field: string; maxFiles: number; maxBytes: number };

export type PublicPageAnswer = {
  /**
   * 200, or the page people see instead (400 bad input, 404 nothing public there, 429 too many, 503 busy).
   */
  status: 200 | 400 | 404 | 429 | 503;
  /** An HTML document, an Atom feed, or JSON (a challenge for a form's script). */
  type: 'html' | 'atom' | 'json';
  body: string;
};

/** One route (GET answers HEAD too): a Fastify path such as `/site/:code/column/:columnId`. */
export type PublicPage = {
  path: string;
  /** The page loads this origin's own scripts (a form's proof-of-work widget); none may run on any other page. */
  scripts?: true;
  /** A POST page that takes files (see PublicUploads); without it a multipart body is refused (415). */
  uploads?: PublicUploads;
  render: (request: PublicPageRequest) => Promise<PublicPageAnswer>;
} & (
  | {
      /** GET (the default): kept for a second and revalidated like any page. */
      method?: 'GET';
      /**
       * Every table the page reads, beside its site's frame (the gateway adds the frame's): a page answered again
       * within a second is served as made while none of them has been written (whileUnchanged in @strata/db).
       */
      reads: readonly Table[];
      noStore?: undefined;
    }
  | {
      method?: 'GET';
      /** Answers that must never be kept (a fresh challenge, a page showing a letter to its code's holder). */
      noStore: true;
      reads?: undefined;
    }
  /** A form's answer, never kept. */
  | { method: 'POST'; noStore?: undefined; reads?: undefined }
);

/** A file a team's public pages load (a script, its worker), served as it is with a long cache. */
export type PublicAsset = { path: string; file: string; type: string };
