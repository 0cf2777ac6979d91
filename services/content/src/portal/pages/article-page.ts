// An article on a site: on its own site, or on any site where it is placed (an accepted placement in a visible
// column); live at the request's time, else exactly as a missing page. Its canonical address is its own site's
// when it shows there, so a search engine indexes one copy of an article placed on many sites.
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { formatDateTime } from '@strata/i18n';
import { html, trusted } from '@strata/text';
import { portalPage, sitePaths } from '../layout';
import { idParam } from '../portal-input';
import { type ArticleRead, liveArticle } from '../shown-articles.sql';
import { siteByCode } from '../site-reads';
import { describe, htmlPage, notFound } from './answers';
import { coverUrl } from './items';

/** The column of the site `siteId` the article shows in there, if it shows there. */
function columnHere(a: ArticleRead, siteId: number): number | null {
  if (a.unitId === siteId) return a.ownColumnHidden ? null : a.columnId;
  return a.placedColumnId !== null && !a.placedColumnHidden ? a.placedColumnId : null;
}

/** Its own site's address for it, when its own site shows it. */
const ownAddress = (a: ArticleRead) =>
  a.ownSiteCode && !a.ownUnitArchivedAt && !a.ownColumnHidden ? sitePaths(a.ownSiteCode).article(a.id) : null;

/** The preview is at most 800 px wide: its size, for the page to keep the picture's place before it loads. */
function previewSize(a: ArticleRead) {
  if (!a.coverWidth || !a.coverHeight) return null;
  const width = Math.min(800, a.coverWidth);
  return { width, height: Math.round((a.coverHeight * width) / a.coverWidth) };
}

export async function articlePage({ db, now }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const id = idParam(req.params.id);
  const article = id === null ? null : await liveArticle(db, id, site.id, now());
  const columnId = article && columnHere(article, site.id);
  const column = site.columns.find((c) => c.id === columnId);
  if (!article || !column) return notFound(req.origin, site);
  const paths = sitePaths(site.code);
  const size = previewSize(article);
  const meta = [
    html`<span>发布时间：<time datetime="${article.siteAt.toISOString()}">${formatDateTime(article.siteAt, 'zh-CN')}</time></span>`,
    article.byline && html` <span>作者：${article.byline}</span>`,
    article.source && html` <span>来源：${article.source}</span>`,
  ];
  return htmlPage(
    portalPage({
      site,
      title: article.title,
      description: describe(article.summary, article.body),
      canonical: `${req.origin}${ownAddress(article) ?? paths.article(article.id)}`,
      current: column.id,
      crumbs: [{ label: column.name, href: paths.column(column.id) }, { label: article.title }],
      main: html`<article class="doc"><h1>${article.title}</h1><p class="meta">${meta}</p>${
        article.coverFileId !== null
          ? html`<img class="cover" src="${coverUrl(article.coverFileId)}" alt="${article.title}"${
              size ? html` width="${size.width}" height="${size.height}"` : ''
            }>`
          : ''
      }<div class="body">${trusted(article.body)}</div></article>`,
    }),
  );
}
