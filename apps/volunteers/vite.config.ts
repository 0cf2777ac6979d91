// The volunteers remote: its app chunk holds the activities list, where the menu leads first; the other pages, the
// dialogs, the check-in screen (with qrcode) and the export (exceljs) load when first used.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: 'volunteers', port: 5179, widgets: true });
