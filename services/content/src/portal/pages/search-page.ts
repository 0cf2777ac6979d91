// Search within a site and the sites below it: articles whose text holds every word typed (the full-text index),
// newest first, page by page, the words marked in each title and snippet; each hit links to the site it was found
// on (its own, when that is one of them).
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { html } from '@strata/text';
import { portalPage, sitePaths } from '../layout';
import { pageParam, wordsParam } from '../portal-input';
import { findOnSites } from '../portal-search';
import { siteByCode } from '../site-reads';
import { badRequest, htmlPage, notFound } from './answers';
import { itemList, pageLinks } from './items';

const pageSize = 20;

export async function searchPage({ db, now }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const words = wordsParam(req.query);
  const page = pageParam(req.query);
  if (words === null || page === null) return badRequest(req.origin, site);
  const paths = sitePaths(site.code);
  const hrefOf = (p: number) => `${paths.search}?q=${encodeURIComponent(words)}${p > 1 ? `&page=${p}` : ''}`;
  const rows = words ? await findOnSites(db, site.path, words, now(), pageSize, (page - 1) * pageSize) : [];
  const hits = rows.slice(0, pageSize);
  const results = !words
    ? html`<p class="empty">请输入要搜索的词语。</p>`
    : hits.length
      ? itemList(
          hits.map((a) => ({
            id: a.id,
            title: a.titleHtml,
            summary: a.snippetHtml,
            siteAt: a.siteAt,
            href: sitePaths(a.siteCode).article(a.id),
            meta: a.siteCode === site.code ? undefined : html` · ${a.siteName}`,
          })),
        )
      : html`<p class="empty">没有找到与“${words}”相关的文章。</p>`;
  return htmlPage(
    portalPage({
      site,
      title: words ? `搜索：${words}` : '搜索',
      description: `在${site.name}及其下级网站中搜索文章。`,
      canonical: `${req.origin}${words ? hrefOf(page) : paths.search}`,
      crumbs: [{ label: '搜索' }],
      query: words,
      main: html`<h1>${words ? html`搜索“${words}”` : '搜索'}</h1>${results}${pageLinks(page, rows.length > pageSize, hrefOf)}`,
    }),
  );
}
