// Standalone harness: the dues remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import DuesApp from '../app';

startDevHarness({
  team: 'dues',
  App: DuesApp,
  base: import.meta.env.BASE_URL,
  pages: ['members', 'ledger', 'hardship', 'remittances', 'reports', 'rules'],
});
