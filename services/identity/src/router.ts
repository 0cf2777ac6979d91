import { router } from '@strata/api';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { calendarRouter } from './calendar/router';
import { grantsRouter } from './grants/router';
import { noticesRouter } from './notices/router';
import { identitySearch } from './search/identity-search';
import { unitsRouter } from './units/router';
import { usersRouter } from './users/router';

export const identityRouter = router({
  auth: authRouter,
  units: unitsRouter,
  users: usersRouter,
  grants: grantsRouter,
  audit: auditRouter,
  calendar: calendarRouter,
  notices: noticesRouter,
  search: identitySearch.router,
});
