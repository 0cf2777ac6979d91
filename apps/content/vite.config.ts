// The content remote (the unit websites): its app chunk holds the article list, where the menu leads first; the
// article editor (@strata/ui/rich-editor) loads with the editing page.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: 'content', port: 5174, richEditor: true, widgets: true });
