// A site's directories: the related external sites its unit lists (相关链接) and its public documents (资料下载), each
// the current version's file, downloaded from /files (public there by the same rule).
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { formatFileSize } from '@strata/i18n';
import { html } from '@strata/text';
import { portalPage, sitePaths } from '../layout';
import { pageParam } from '../portal-input';
import { siteByCode } from '../site-reads';
import { badRequest, htmlPage, notFound } from './answers';
import { pageLinks, time } from './items';

/** An address a link may open: http or https only, whatever was stored. */
export function externalUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

export async function linksPage({ db }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const links = await db.siteLink.findMany({
    where: { unitId: site.id },
    select: { id: true, label: true, url: true },
    orderBy: [{ sort: 'asc' }, { id: 'asc' }],
  });
  const items = links.flatMap((l) => {
    const url = externalUrl(l.url);
    return url
      ? [
          html`<li><h2><a href="${url.href}" rel="external noopener noreferrer">${l.label}</a></h2><div class="meta">${url.host}</div></li>`,
        ]
      : [];
  });
  return htmlPage(
    portalPage({
      site,
      title: '相关链接',
      description: `${site.name}推荐的相关网站。`,
      canonical: `${req.origin}${sitePaths(site.code).links}`,
      current: 'links',
      crumbs: [{ label: '相关链接' }],
      main: html`<h1>相关链接</h1>${
        items.length ? html`<ol class="list">${items}</ol>` : html`<p class="empty">本站暂未列出相关链接。</p>`
      }`,
    }),
  );
}

const documentPageSize = 50;

export async function documentsPage({ db }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await siteByCode(db, req.params.code ?? '');
  if (!site) return notFound(req.origin);
  const page = pageParam(req.query);
  if (page === null) return badRequest(req.origin, site);
  const documents = await db.document.findMany({
    where: { unitId: site.id, visibility: 'public' },
    select: {
      id: true,
      title: true,
      category: true,
      description: true,
      version: true,
      updatedAt: true,
      versions: { select: { number: true, file: { select: { id: true, name: true, size: true } } } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * documentPageSize,
    take: documentPageSize + 1,
  });
  if (page > 1 && documents.length === 0) return notFound(req.origin, site);
  const paths = sitePaths(site.code);
  const items = documents.slice(0, documentPageSize).flatMap((d) => {
    const file = d.versions.find((v) => v.number === d.version)?.file;
    if (!file) return [];
    const href = `/files/${file.id}/${encodeURIComponent(file.name)}`;
    return [
      html`<li><h2><a href="${href}" download>${d.title}</a></h2><div class="meta">${d.category} · ${time(d.updatedAt)} · ${file.name}（${formatFileSize(file.size, 'zh-CN')}）</div>${
        d.description ? html`<p>${d.description}</p>` : ''
      }</li>`,
    ];
  });
  return htmlPage(
    portalPage({
      site,
      title: page > 1 ? `资料下载（第 ${page} 页）` : '资料下载',
      description: `${site.name}公开的文件资料，可供下载。`,
      canonical: `${req.origin}${paths.documents}${page > 1 ? `?page=${page}` : ''}`,
      current: 'documents',
      crumbs: [{ label: '资料下载' }],
      main: html`<h1>资料下载</h1>${
        items.length ? html`<ol class="list">${items}</ol>` : html`<p class="empty">本站暂无公开的资料。</p>`
      }${pageLinks(page, documents.length > documentPageSize, (p) => `${paths.documents}${p > 1 ? `?page=${p}` : ''}`)}`,
    }),
  );
}
