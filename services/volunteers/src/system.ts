// The volunteers team's operations across scopes, bound to the raw client once at start-up (see @strata/api
// system.ts). Each area keeps its own in `<area>/system.ts`; procedures call them as `ctx.system.volunteers.<op>`.
import type { Db } from '@strata/db';
import { activitiesSystem } from './activities/system';
import { certificatesSystem } from './certificates/system';
import { checkinSystem } from './checkin/system';
import { hoursSystem } from './hours/system';
import { peopleSystem } from './people/system';
import { recordsSystem } from './records/system';
import { signupsSystem } from './signups/system';
import { statsSystem } from './stats/system';
import { teamsSystem } from './teams/system';

export const volunteersSystem = (db: Db) => ({
  volunteers: {
    ...peopleSystem(db),
    ...teamsSystem(db),
    ...activitiesSystem(db),
    ...signupsSystem(db),
    ...checkinSystem(db),
    ...hoursSystem(db),
    ...recordsSystem(db),
    ...certificatesSystem(db),
    ...statsSystem(db),
  },
});

type VolunteersSystem = ReturnType<typeof volunteersSystem>;
declare module '@strata/api' {
  interface SystemOperations extends VolunteersSystem {}
}
