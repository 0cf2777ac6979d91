// /site/: every site of the network as the tree of units holding them (a unit without a site is skipped, its sites
// below hang from the nearest site above).
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { type Html, html } from '@strata/text';
import { portalPage, sitePaths } from '../layout';
import { type NetworkSite, networkSites } from '../site-reads';
import { htmlPage } from './answers';

type Node = { site: NetworkSite; children: Node[] };

/** Sites in the tree's order (each after the sites above it) as nested nodes. */
export function siteTree(sites: readonly NetworkSite[]): Node[] {
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const site of sites) {
    while (open.length && !site.path.startsWith((open.at(-1) as Node).site.path)) open.pop();
    const node: Node = { site, children: [] };
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}

const branch = (nodes: readonly Node[]): Html =>
  html`<ul class="tree">${nodes.map(
    (n) =>
      html`<li><a href="${sitePaths(n.site.code).home}">${n.site.name}</a>${n.children.length ? branch(n.children) : ''}</li>`,
  )}</ul>`;

export async function networkPage({ db }: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const sites = await networkSites(db);
  return htmlPage(
    portalPage({
      title: '网站群导航',
      description: `本网站群共有 ${sites.length} 个单位网站，按组织层级排列。`,
      canonical: `${req.origin}/site/`,
      main: html`<h1>网站群导航</h1>${sites.length ? branch(siteTree(sites)) : html`<p class="empty">尚未开设单位网站。</p>`}`,
    }),
  );
}
