// Standalone harness: the volunteers remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import VolunteersApp from '../app';

startDevHarness({
  team: 'volunteers',
  App: VolunteersApp,
  base: import.meta.env.BASE_URL,
  pages: ['activities', 'people', 'teams', 'hours', 'certificates', 'stats', 'mine'],
});
