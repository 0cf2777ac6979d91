import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { federationShared } from '../packages/ui/src/federation-shared.ts';
import { consoleChunkGroups } from './build/console-chunks.ts';
import { lazyAntdParts } from './build/lazy-antd-parts.ts';
import { productionReactRouter } from './build/production-react-router.ts';
import { sharedVersions } from './build/shared-versions.ts';

const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';
const provided = sharedVersions(Object.keys(federationShared));

// The versions the console provides, for the gateway to check each remote's build against (its remote.json).
const providedRecord: Plugin = {
  name: 'strata-provided-versions',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'shared.json', source: `${JSON.stringify(provided, null, 2)}\n` });
  },
};

// No federation plugin: the shell is an ordinary build, split per route, and hosts remotes with the
// federation runtime created on first use (src/federation/federation-host.ts).
export default defineConfig({
  plugins: [react(), lazyAntdParts(), productionReactRouter(), providedRecord],
  define: {
    __STRATA_SHARED_VERSIONS__: JSON.stringify(provided),
    // The federation runtime's build-time switches: it runs in a browser (its Node loaders go), and remotes are
    // named by their entry scripts, never by an mf-manifest snapshot to preload from (the snapshot plugins go).
    ENV_TARGET: JSON.stringify('web'),
    FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': gateway, '/manifest.json': gateway, '/remotes': gateway },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // The sign-in page's code (everything the entry imports statically) as one chunk: one file compresses
    // better than the few dozen the split by importer makes of it, and each is asked for up front.
    // Then the signed-in console and the federation host, each one chunk (build/console-chunks.ts).
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }, ...consoleChunkGroups] },
        // Seven characters of hash, not eight (the fewest Rolldown allows for this many chunks): the sign-in chunk
        // names every chunk it may preload, and a hash is the one part of a name that does not compress. The gateway
        // serves such a name as immutable (cacheControlFor in services/gateway/src/static-files.ts).
        entryFileNames: 'assets/[name]-[hash:7].js',
        chunkFileNames: 'assets/[name]-[hash:7].js',
      },
    },
  },
});
