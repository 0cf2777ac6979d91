// Every team Strata runs, one line each: the gateway, the manifest and the test suites compose these.
import { contentTeam } from '@strata/service-content';
import { identityTeam } from '@strata/service-identity';

export const teams = [identityTeam, contentTeam] as const;
