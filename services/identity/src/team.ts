// The identity team's registration: units, users, grants, sign-in and audit, and its cross-scope operations.
// The shell hosts its pages, so it has no remote of its own.
import { defineTeam } from '@strata/api';
import { identityRouter } from './router';
import { identitySystem } from './system';

export const identityTeam = defineTeam({
  name: 'identity',
  router: identityRouter,
  system: identitySystem,
  bench: () => import('./bench').then((m) => m.identityBenchCases),
  fixture: () => import('./fixture').then((m) => m.identityFixture),
});
