// Standalone harness: the training remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import TrainingApp from '../app';

startDevHarness({
  team: 'training',
  App: TrainingApp,
  base: import.meta.env.BASE_URL,
  pages: ['courses', 'enrolments', 'reports', 'certificates', 'learn'],
});
