import { router } from '@strata/api';
import { articlesRouter } from './articles/router';
import { columnsRouter } from './columns/router';
import { documentsRouter } from './documents/router';
import { filesRouter } from './files/router';
import { freshnessRouter } from './freshness/router';
import { placementsRouter } from './placements/router';
import { recycleBinRouter } from './recycle-bin/router';
import { revisionsRouter } from './revisions/router';
import { contentSearch } from './search/content-search';
import { siteLinksRouter } from './site-links/router';
import { wordsRouter } from './words/router';

export const contentRouter = router({
  columns: columnsRouter,
  articles: articlesRouter,
  recycleBin: recycleBinRouter,
  freshness: freshnessRouter,
  revisions: revisionsRouter,
  words: wordsRouter,
  files: filesRouter,
  placements: placementsRouter,
  documents: documentsRouter,
  siteLinks: siteLinksRouter,
  search: contentSearch.router,
});
