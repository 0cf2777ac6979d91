// A site's home and its column pages: the latest live items of each visible column (its own and those placed in
// it), a strip of the latest pictures, and a column's full list, page by page.
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { html } from '@strata/text';
import { portalPage, sitePaths } from '../layout';
import { idParam, pageParam } from '../portal-input';
import { latestOfColumns, type ShownItem, shownPage } from '../shown-articles.sql';
import { type Site, siteByCode } from '../site-reads';
import { badRequest, htmlPage, notFound } from './answers';
import { itemLines, itemList, pageLinks, pictureStrip } from './items';

/** Items per column on a home page, pictures in its strip, items per page of a column. */
const homeItems = 5;
const stripPictures = 6;
export const columnPageSize = 20;

export async function homePage({ db, now }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const paths = sitePaths(site.code);
  const items = await latestOfColumns(
    db,
    site.columns.map((c) => c.id),
    now(),
    homeItems,
  );
  const byColumn = new Map<number, ShownItem[]>();
  for (const item of items) {
    const list = byColumn.get(item.showIn) ?? [];
    if (list.length < homeItems) list.push(item);
    byColumn.set(item.showIn, list);
  }
  const pictures = items.filter((a) => a.coverFileId !== null).slice(0, stripPictures);
  const cards = site.columns.map(
    (c) =>
      html`<section class="card" aria-labelledby="c${c.id}"><h2><a id="c${c.id}" href="${paths.column(c.id)}">${c.name}</a><a class="more" href="${paths.column(c.id)}" aria-label="${`${c.name}：更多`}">更多</a></h2>${itemLines(
        byColumn.get(c.id) ?? [],
        paths.article,
      )}</section>`,
  );
  return htmlPage(
    portalPage({
      site,
      title: site.name,
      description: `${site.name}网站：${site.columns.map((c) => c.name).join('、') || '栏目建设中'}。`,
      canonical: `${req.origin}${paths.home}`,
      current: 'home',
      feed: `${req.origin}${paths.feed}`,
      main: html`<h1 class="sr">${site.name}</h1>${pictureStrip(pictures, paths.article)}${
        site.columns.length ? html`<div class="grid">${cards}</div>` : html`<p class="empty">本站栏目建设中。</p>`
      }`,
    }),
  );
}

/** The site and its visible column named in the address, or the answer to give instead. */
type SiteColumn =
  | { answer: PublicPageAnswer; site?: undefined; column?: undefined }
  | { answer?: undefined; site: Site; column: Site['columns'][number] };
export async function siteColumn(db: PublicPageDeps['db'], req: PublicPageRequest): Promise<SiteColumn> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return { answer: notFound(req.origin) };
  const columnId = idParam(req.params.columnId);
  const column = site.columns.find((c) => c.id === columnId);
  if (!column) return { answer: notFound(req.origin, site) };
  return { site, column };
}

export async function columnPage({ db, now }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const { answer, site, column } = await siteColumn(db, req);
  if (answer) return answer;
  const page = pageParam(req.query);
  if (page === null) return badRequest(req.origin, site);
  const paths = sitePaths(site.code);
  const rows = await shownPage(db, [column.id], now(), columnPageSize, (page - 1) * columnPageSize);
  if (page > 1 && rows.length === 0) return notFound(req.origin, site);
  const items = rows.slice(0, columnPageSize);
  return htmlPage(
    portalPage({
      site,
      title: page > 1 ? `${column.name}（第 ${page} 页）` : column.name,
      description: `${site.name}「${column.name}」栏目的文章，按发布时间从新到旧排列。`,
      canonical: `${req.origin}${paths.column(column.id, page)}`,
      current: column.id,
      crumbs: [{ label: column.name }],
      feed: `${req.origin}${paths.columnFeed(column.id)}`,
      main: html`<h1>${column.name}</h1>${
        items.length
          ? itemList(items.map((a) => ({ ...a, href: paths.article(a.id) })))
          : html`<p class="empty">本栏目暂无文章。</p>`
      }${pageLinks(page, rows.length > columnPageSize, (p) => paths.column(column.id, p))}`,
    }),
  );
}
