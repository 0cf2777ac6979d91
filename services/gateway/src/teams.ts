// Every team Strata runs, one line each: the gateway, the manifest and the test suites compose these.
// Teams are npm workspaces (services/*), which npm links into node_modules whether or not a package lists
// them, so adding a team is its own folders plus one line here (see docs/adding-a-team.md).

import type { Db } from '@strata/db';
import { contentTeam } from '@strata/service-content';
import { duesTeam } from '@strata/service-dues';
import { identityTeam } from '@strata/service-identity';
import { mailboxTeam } from '@strata/service-mailbox';
import { membersTeam } from '@strata/service-members';
import { trainingTeam } from '@strata/service-training';
import { volunteersTeam } from '@strata/service-volunteers';

export const teams = [
  identityTeam,
  contentTeam,
  mailboxTeam,
  membersTeam,
  duesTeam,
  volunteersTeam,
  trainingTeam,
] as const;

/**
 * What every team does with a database before it is served (derived data a migration cannot compute: sort keys,
 * the search index), in the teams' order. The gateway runs it at start, after the demo seed; so does anything
 * else that serves or measures a database it just wrote (test templates, the large fixture).
 */
export async function startTeams(db: Db) {
  for (const team of teams) await team.onStart?.(db);
}
