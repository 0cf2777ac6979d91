// The identity team's registration: units, users, grants, sign-in and audit, and its cross-scope operations.
// The shell hosts its pages, so it has no remote of its own.
import { defineTeam, ensureOfficialCalendar } from '@strata/api';
import { identityLabels, identityMessages } from './locales';
import { identityRouter } from './router';
import { identitySearch } from './search/identity-search';
import { identitySystem } from './system';

export const identityTeam = defineTeam({
  name: 'identity',
  router: identityRouter,
  system: identitySystem,
  labels: identityLabels,
  messages: identityMessages,
  search: identitySearch,
  // The working-day calendar every team counts deadlines with starts from the official schedules (see @strata/calendar).
  onStart: ensureOfficialCalendar,
  bench: () => import('./bench').then((m) => m.identityBenchCases),
  fixture: () => import('./fixture').then((m) => m.identityFixture),
});
