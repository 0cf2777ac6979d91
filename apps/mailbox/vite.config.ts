// The mailbox remote: its app chunk holds the letter queue, where the menu leads first; the letter, the templates and
// the deadlines load when opened.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: 'mailbox', port: 5175, widgets: true });
