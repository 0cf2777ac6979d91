// Standalone harness: the content remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import ContentApp from '../app';

startDevHarness({
  team: 'content',
  App: ContentApp,
  base: import.meta.env.BASE_URL,
  pages: ['articles', 'columns', 'freshness', 'documents', 'recycle-bin'],
});
