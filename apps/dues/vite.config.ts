// The dues remote: its app chunk holds the collection list, where the menu leads first; the other pages, the dialogs
// and the export (exceljs) load when first used.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: 'dues', port: 5178, widgets: true });
