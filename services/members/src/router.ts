// The members team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { importsRouter } from './imports/router';
import { lifecycleRouter } from './lifecycle/router';
import { mapRouter } from './map/router';
import { membersNotices } from './notices/members-notices';
import { registryRouter } from './registry/router';
import { membersSearch } from './search/members-search';
import { statsRouter } from './stats/router';
import { floatingRouter } from './transfers/floating-router';
import { transfersRouter } from './transfers/router';

export const membersRouter = router({
  map: mapRouter,
  registry: registryRouter,
  lifecycle: lifecycleRouter,
  transfers: transfersRouter,
  floating: floatingRouter,
  stats: statsRouter,
  imports: importsRouter,
  notices: membersNotices.router,
  search: membersSearch.router,
});
