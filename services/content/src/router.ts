import { router } from '@strata/api';
import { articlesRouter } from './articles/router';
import { columnsRouter } from './columns/router';
import { freshnessRouter } from './freshness/router';
import { recycleBinRouter } from './recycle-bin/router';
import { revisionsRouter } from './revisions/router';
import { wordsRouter } from './words/router';

export const contentRouter = router({
  columns: columnsRouter,
  articles: articlesRouter,
  recycleBin: recycleBinRouter,
  freshness: freshnessRouter,
  revisions: revisionsRouter,
  words: wordsRouter,
});
