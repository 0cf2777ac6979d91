// Standalone harness: the members remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import MembersApp from '../app';

startDevHarness({
  team: 'members',
  App: MembersApp,
  base: import.meta.env.BASE_URL,
  pages: ['registry', 'lifecycle', 'transfers', 'floating', 'stats', 'map'],
});
