import { describe, expect, it } from 'vitest';
import { cacheControlFor } from './static-files';

describe('cache control of static files', () => {
  const immutable = 'public, max-age=31536000, immutable';
  it('keeps hashed assets for a year in every encoding', () => {
    for (const file of [
      '/x/assets/index-Bq3xZ81a.js',
      // The shell's names carry seven characters of hash (shell/vite.config.ts).
      '/assets/console-1tldTT4.js',
      '/assets/console-1tldTT4.js.br',
      '/x/assets/index-Bq3xZ81a.js.br',
      '/x/assets/app-9f8e7d6c.css.gz',
      // A worker module (maplibre-gl's) is hashed like any script.
      '/x/assets/maplibre-gl-worker-C3nvB6xQ.mjs.br',
    ])
      expect(cacheControlFor(file)).toBe(immutable);
  });
  it('revalidates entry files and unhashed names, compressed or not', () => {
    for (const file of [
      '/x/index.html',
      '/x/index.html.br',
      '/x/remoteEntry.js',
      '/x/remoteEntry.js.gz',
      '/x/logo.svg',
      // Outside a build's assets folder a name is never taken for a hash, however it reads.
      '/x/welcome-bannerLong.svg',
    ])
      expect(cacheControlFor(file)).toBe('no-cache');
  });
});
