// The volunteers team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { activitiesRouter } from './activities/router';
import { certificatesRouter } from './certificates/router';
import { checkinRouter } from './checkin/router';
import { hoursRouter } from './hours/router';
import { volunteersNotices } from './notices/volunteers-notices';
import { peopleRouter } from './people/router';
import { recordsRouter } from './records/router';
import { volunteersSearch } from './search/volunteers-search';
import { signupsRouter } from './signups/router';
import { statsRouter } from './stats/router';
import { teamsRouter } from './teams/router';

export const volunteersRouter = router({
  people: peopleRouter,
  teams: teamsRouter,
  activities: activitiesRouter,
  signups: signupsRouter,
  checkin: checkinRouter,
  hours: hoursRouter,
  records: recordsRouter,
  certificates: certificatesRouter,
  stats: statsRouter,
  notices: volunteersNotices.router,
  search: volunteersSearch.router,
});
