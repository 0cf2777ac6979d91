// The frame of every portal page: the document head (title, description, canonical link, feed), the site's header
// with its search box and columns, breadcrumbs, and the footer with the network (the sites above and below, the
// network's index). No script anywhere; the stylesheet is inline.
import type { SiteNavEntry } from '@strata/api';
import { Html, html } from '@strata/text';
import { portalStyle } from './portal-style';
import type { Site } from './site-reads';

/** The site's addresses, all under /site/<code>/. */
export const sitePaths = (code: string) => {
  const root = `/site/${code}/`;
  return {
    home: root,
    column: (id: number, page = 1) => `${root}column/${id}${page > 1 ? `?page=${page}` : ''}`,
    article: (id: number) => `${root}article/${id}`,
    search: `${root}search`,
    links: `${root}links`,
    documents: `${root}documents`,
    feed: `${root}feed.xml`,
    columnFeed: (id: number) => `${root}column/${id}/feed.xml`,
  };
};

/** The stylesheet is ours and holds no "<": inserted as it is. */
const style = new Html(portalStyle);

export type Crumb = { label: string; href?: string };

type Frame = {
  /** The page's own title; the site's name follows it in <title>. */
  title: string;
  description: string;
  /** Absolute. */
  canonical: string;
  site?: Site;
  /** The nav entry that is this page: a column id, 'home' | 'documents' | 'links', or another team's entry's key. */
  current?: number | string;
  /** Below the site's own crumb (which the frame writes). */
  crumbs?: Crumb[];
  /** An Atom feed for this page (absolute). */
  feed?: string;
  /** What the search box shows. */
  query?: string;
  main: Html;
};

/**
 * Other teams' entries of every site's navigation (the mailbox's 领导信箱), as the gateway composed them from the
 * registrations; put in force once when the portal's pages are made (portalPages).
 */
let teamNav: readonly SiteNavEntry[] = [];
export const installSiteNav = (entries: readonly SiteNavEntry[]) => {
  teamNav = entries;
};

const navLink = (href: string, label: string, current: boolean) =>
  html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;

/**
 * The parts of a site's frame that depend on the site alone (its nav, its crumbs, its footer), made once per site as
 * read: `siteByCode` hands out the same Site while the units and columns stay the same, so they go with it.
 */
const framesOf = new WeakMap<Site, Map<string, Html>>();
function keptPart(site: Site, key: string, make: () => Html): Html {
  let parts = framesOf.get(site);
  if (!parts) {
    parts = new Map();
    framesOf.set(site, parts);
  }
  let part = parts.get(key);
  if (!part) {
    part = make();
    parts.set(key, part);
  }
  return part;
}

function header(site: Site, current: Frame['current'], query: string | undefined) {
  const paths = sitePaths(site.code);
  const nav = keptPart(
    site,
    `nav ${current ?? ''}`,
    () =>
      html`<nav class="columns" aria-label="栏目"><ul>${[
        navLink(paths.home, '首页', current === 'home'),
        site.columns.map((c) => navLink(paths.column(c.id), c.name, current === c.id)),
        navLink(paths.documents, '资料下载', current === 'documents'),
        navLink(paths.links, '相关链接', current === 'links'),
        teamNav.map((entry) => navLink(`${paths.home}${entry.path}`, entry.label, current === entry.key)),
      ]}</ul></nav>`,
  );
  return html`<header class="top"><div class="wrap"><a class="site-name" href="${paths.home}">${site.name}</a><form class="search" role="search" action="${paths.search}" method="get"><label class="sr" for="q">搜索本站</label><input id="q" type="search" name="q" maxlength="50" value="${query ?? ''}" placeholder="搜索本站及下级网站"><button type="submit">搜索</button></form></div></header>${nav}`;
}

const crumb = (c: Crumb, last: boolean) =>
  c.href && !last ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`;

function breadcrumbs(site: Site, crumbs: Crumb[]) {
  const above = keptPart(
    site,
    'crumbs',
    () => html`${site.ancestors.map((a) => crumb({ label: a.name, href: sitePaths(a.code).home }, false))}`,
  );
  const own = { label: site.name, href: sitePaths(site.code).home };
  return html`<nav class="crumbs" aria-label="当前位置"><ol>${above}${crumb(own, crumbs.length === 0)}${crumbs.map(
    (c, i) => crumb(c, i === crumbs.length - 1),
  )}</ol></nav>`;
}

function footer(site: Site | undefined) {
  const sites = (label: string, list: { name: string; code: string }[]) =>
    list.length
      ? html`<div>${label}</div><ul>${list.map((s) => html`<li><a href="${sitePaths(s.code).home}">${s.name}</a></li>`)}</ul>`
      : '';
  return html`<footer><div class="wrap">${
    site
      ? [
          sites('上级网站', site.parent ? [site.parent] : []),
          sites('下级网站', site.children),
          html`<ul><li><a href="/site/">网站群导航</a></li><li><a href="${sitePaths(site.code).feed}">订阅本站（Atom）</a></li></ul>`,
        ]
      : html`<ul><li><a href="/site/">网站群导航</a></li></ul>`
  }</div></footer>`;
}

export function portalPage(frame: Frame): string {
  const { site } = frame;
  const title = site && frame.title !== site.name ? `${frame.title} - ${site.name}` : frame.title;
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${frame.description}"><link rel="canonical" href="${frame.canonical}">${
    frame.feed ? html`<link rel="alternate" type="application/atom+xml" title="${title}" href="${frame.feed}">` : ''
  }<style>${style}</style></head><body>${site ? header(site, frame.current, frame.query) : ''}<main class="wrap">${
    site ? breadcrumbs(site, frame.crumbs ?? []) : ''
  }${frame.main}</main>${site ? keptPart(site, 'footer', () => footer(site)) : footer(undefined)}</body></html>`.text;
}
