import { router } from '@strata/api';
import { articlesRouter } from './articles/router';
import { columnsRouter } from './columns/router';
import { recycleBinRouter } from './recycle-bin/router';
import { revisionsRouter } from './revisions/router';

export const contentRouter = router({
  columns: columnsRouter,
  articles: articlesRouter,
  recycleBin: recycleBinRouter,
  revisions: revisionsRouter,
});
