// Atom 1.0 feeds of a site and of each of its columns: the newest live articles, with absolute links built from the
// request's origin, each summarised by its summary or the start of its text.
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { xmlText } from '@strata/text';
import { sitePaths } from '../layout';
import { articleBodies, type ShownItem, shownPage } from '../shown-articles.sql';
import { type Site, siteByCode } from '../site-reads';
import { describe, notFound } from './answers';
import { siteColumn } from './site-pages';

const feedEntries = 20;

async function atom(
  { db }: PublicPageDeps,
  req: PublicPageRequest,
  feed: { site: Site; title: string; self: string; alternate: string; items: ShownItem[] },
): Promise<PublicPageAnswer> {
  const { site, items } = feed;
  const needText = items.filter((a) => !a.summary.trim()).map((a) => a.id);
  const bodies = new Map((await articleBodies(db, needText)).map((b) => [b.id, b.body]));
  const paths = sitePaths(site.code);
  const updated = new Date(Math.max(site.createdAt.getTime(), ...items.map((a) => a.updatedAt.getTime())));
  const entries = items.map((a) => {
    const link = `${req.origin}${paths.article(a.id)}`;
    return `<entry><title>${xmlText(a.title)}</title><link rel="alternate" type="text/html" href="${xmlText(link)}"/><id>${xmlText(link)}</id><published>${a.siteAt.toISOString()}</published><updated>${a.updatedAt.toISOString()}</updated>${
      a.byline ? `<author><name>${xmlText(a.byline)}</name></author>` : ''
    }<summary type="text">${xmlText(describe(a.summary, bodies.get(a.id), 300))}</summary></entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title>${xmlText(feed.title)}</title><link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/><link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/><id>${xmlText(feed.self)}</id><updated>${updated.toISOString()}</updated><author><name>${xmlText(site.name)}</name></author>${entries.join('')}</feed>\n`;
  return { status: 200, type: 'atom', body };
}

export async function siteFeed(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(deps.db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const paths = sitePaths(site.code);
  const rows = await shownPage(
    deps.db,
    site.columns.map((c) => c.id),
    deps.now(),
    feedEntries,
    0,
  );
  return atom(deps, req, {
    site,
    title: site.name,
    self: `${req.origin}${paths.feed}`,
    alternate: `${req.origin}${paths.home}`,
    items: rows.slice(0, feedEntries),
  });
}

export async function columnFeed(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const { answer, site, column } = await siteColumn(deps.db, req);
  if (answer) return answer;
  const paths = sitePaths(site.code);
  const rows = await shownPage(deps.db, [column.id], deps.now(), feedEntries, 0);
  return atom(deps, req, {
    site,
    title: `${site.name} - ${column.name}`,
    self: `${req.origin}${paths.columnFeed(column.id)}`,
    alternate: `${req.origin}${paths.column(column.id)}`,
    items: rows.slice(0, feedEntries),
  });
}
