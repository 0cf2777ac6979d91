import { router } from '@strata/api';
import { articlesRouter } from './articles/router';
import { columnsRouter } from './columns/router';

export const contentRouter = router({
  columns: columnsRouter,
  articles: articlesRouter,
});
