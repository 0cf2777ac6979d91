// The public portal: every unit with a site code has a site at /site/<code>/, served by the gateway (the content
// team's `publicPages`). Only live content ever shows: published, not in the recycle bin, inside its window at the
// request's time, in a visible column of a site whose unit is not archived; anything else answers as missing.
import type { PublicPage, PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import type { Table } from '@strata/db';
import { installSiteNav } from './layout';
import { articlePage } from './pages/article-page';
import { documentsPage, linksPage } from './pages/directory-pages';
import { columnFeed, siteFeed } from './pages/feed-pages';
import { networkPage } from './pages/network-page';
import { searchPage } from './pages/search-page';
import { columnPage, homePage } from './pages/site-pages';

type Render = (deps: PublicPageDeps, req: PublicPageRequest) => Promise<PublicPageAnswer>;

/** What the pages of articles read, beside the site (the gateway adds the frame's tables): articles, where they show, their pictures. */
const articles: readonly Table[] = ['Article', 'ArticlePlacement', 'File'];

const routes: readonly (readonly [path: string, render: Render, reads: readonly Table[]])[] = [
  ['/site/', networkPage, []],
  ['/site', networkPage, []],
  ['/site/:code/', homePage, articles],
  ['/site/:code', homePage, articles],
  ['/site/:code/column/:columnId', columnPage, articles],
  ['/site/:code/column/:columnId/feed.xml', columnFeed, articles],
  ['/site/:code/article/:id', articlePage, articles],
  // The search index is written in its articles' transactions: an article's write moves their generation.
  ['/site/:code/search', searchPage, [...articles, 'ArticleTag']],
  ['/site/:code/links', linksPage, ['SiteLink']],
  ['/site/:code/documents', documentsPage, ['Document', 'DocumentVersion', 'File']],
  ['/site/:code/feed.xml', siteFeed, articles],
];

export const portalPages = (deps: PublicPageDeps): PublicPage[] => {
  installSiteNav(deps.siteNav);
  return routes.map(([path, render, reads]) => ({ path, reads, render: (req) => render(deps, req) }));
};
