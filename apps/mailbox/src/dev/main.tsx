// Standalone harness: the mailbox remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import MailboxApp from '../app';

startDevHarness({
  team: 'mailbox',
  App: MailboxApp,
  base: import.meta.env.BASE_URL,
  pages: ['letters', 'templates', 'stats', 'board', 'settings'],
});
