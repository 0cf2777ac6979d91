// Every team Strata runs, one line each: the gateway, the manifest and the test suites compose these.
// Teams are npm workspaces (services/*), which npm links into node_modules whether or not a package lists
// them, so adding a team is its own folders plus one line here (see docs/adding-a-team.md).
import { contentTeam } from '@strata/service-content';
import { identityTeam } from '@strata/service-identity';

export const teams = [identityTeam, contentTeam] as const;
