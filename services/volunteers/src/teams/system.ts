// The teams area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import type { Db } from '@strata/db';
import { browseTeams, joinTeam, leaveTeam, ownMemberships } from './own-teams';
import type { TeamBrowse } from './teams-schemas';

export const teamsSystem = (db: Db) => ({
  /** The active teams of every unit, with the caller's own place in each. */
  browseTeams: (accountId: number, input: TeamBrowse) => browseTeams(db, accountId, input),
  /** The caller asks to join a team. */
  joinTeam: (accountId: number, teamId: number, now: Date) => joinTeam(db, accountId, teamId, now),
  /** The caller leaves a team, or withdraws their request. */
  leaveTeam: (accountId: number, teamId: number, now: Date) => leaveTeam(db, accountId, teamId, now),
  /** The caller's own places in teams. */
  ownMemberships: (accountId: number) => ownMemberships(db, accountId),
});
