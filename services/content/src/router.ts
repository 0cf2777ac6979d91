import { onUnitCreated, router } from '@strata/api';
import { articlesRouter } from './articles/router';
import { createDefaultColumns } from './columns/default-columns';
import { columnsRouter } from './columns/router';

// Every new unit gets the default columns, in the transaction that creates it.
onUnitCreated((tx, unit) => createDefaultColumns(tx, unit.id));

export const contentRouter = router({
  columns: columnsRouter,
  articles: articlesRouter,
});
