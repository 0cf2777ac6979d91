// The training remote: its app chunk holds my learning, where most accounts arrive; the other pages, the dialogs, a
// text lesson's editor (@strata/ui/rich-editor), the check-in screen (with qrcode), the charts and the export
// (exceljs) load when first used. Its overview cards are src/widgets.ts (the dashboard's) and src/home-widgets.ts (the
// user's own page's), each alone in its file.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: 'training', port: 5180, richEditor: true, widgets: true });
