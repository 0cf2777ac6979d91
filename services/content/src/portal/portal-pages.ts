// The public portal: every unit with a site code has a site at /site/<code>/, served by the gateway (the content
// team's `publicPages`). Only live content ever shows: published, not in the recycle bin, inside its window at the
// request's time, in a visible column of a site whose unit is not archived; anything else answers as missing.
import type { PublicPage, PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { installSiteNav } from './layout';
import { articlePage } from './pages/article-page';
import { documentsPage, linksPage } from './pages/directory-pages';
import { columnFeed, siteFeed } from './pages/feed-pages';
import { networkPage } from './pages/network-page';
import { searchPage } from './pages/search-page';
import { columnPage, homePage } from './pages/site-pages';

type Render = (deps: PublicPageDeps, req: PublicPageRequest) => Promise<PublicPageAnswer>;

const routes: readonly (readonly [path: string, render: Render])[] = [
  ['/site/', networkPage],
  ['/site', networkPage],
  ['/site/:code/', homePage],
  ['/site/:code', homePage],
  ['/site/:code/column/:columnId', columnPage],
  ['/site/:code/column/:columnId/feed.xml', columnFeed],
  ['/site/:code/article/:id', articlePage],
  ['/site/:code/search', searchPage],
  ['/site/:code/links', linksPage],
  ['/site/:code/documents', documentsPage],
  ['/site/:code/feed.xml', siteFeed],
];

export const portalPages = (deps: PublicPageDeps): PublicPage[] => {
  installSiteNav(deps.siteNav);
  return routes.map(([path, render]) => ({ path, render: (req) => render(deps, req) }));
};
