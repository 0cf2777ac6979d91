// The members remote: every page is lazy, and the map page fetches maplibre-gl (one module of about 245 KB brotli,
// which cannot be split further, its worker 132 KB and its CSS 8 KB) only when it draws the map; so does the large
// screen's unit map (`./Screen`).
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({
  name: 'members',
  port: 5176,
  chunkSizeWarningLimit: 1200,
  widgets: true,
  screen: true,
});
