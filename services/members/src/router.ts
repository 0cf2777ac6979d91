// The members team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { overviewRouter } from './overview/router';

export const membersRouter = router({ overview: overviewRouter });
