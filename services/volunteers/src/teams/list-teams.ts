// The teams of a unit's subtree in the caller's volunteers.read scope, filtered, sorted and a page at a time.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { keysFrom } from '../people/volunteer-rules';
import { listedTeams, teamSource } from './team-page.sql';
import type { TeamFilter, TeamRow } from './teams-schemas';

export async function listTeams(db: Db, scope: Scope, filter: TeamFilter): Promise<Page<TeamRow>> {
  const within = await withinPath(db, scope, 'volunteers.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'volunteers.read',
    within,
    source: teamSource(filter),
    ...pageArgs(filter),
    rows: listedTeams,
  });
  return mapPage(
    page,
    (t): TeamRow => ({
      id: t.id,
      name: t.name,
      unitId: t.unitId,
      unitName: t.unitName,
      description: t.description,
      skills: keysFrom(t.skills),
      status: t.status as TeamRow['status'],
      members: Number(t.members),
      pending: Number(t.pending),
    }),
  );
}
