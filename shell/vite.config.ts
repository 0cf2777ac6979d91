import { fileURLToPath } from 'node:url';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { federationShared } from '../packages/ui/src/federation-shared.ts';
import { hostOwnedShared, importHostOwnedShares, remoteOnlyModules } from './build/host-owned-shares.ts';
import { preloadSharedModules } from './build/preload-shared.ts';

const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';
const fallbackPlugin = fileURLToPath(new URL('./src/federation/remote-fallback-plugin.ts', import.meta.url));

// The shell owns antd and @strata/ui in builds only (build/host-owned-shares.ts): the dev server serves
// modules unbundled, where splitting buys nothing, and shares them as before.
export default defineConfig(({ command }) => ({
  plugins: [
    ...(command === 'build' ? [importHostOwnedShares()] : []),
    react(),
    federation({
      name: 'strata_shell',
      // No static remotes: they come from /manifest.json at run time (src/federation/remote-registry.ts).
      remotes: {},
      shared: command === 'build' ? hostOwnedShared(federationShared) : federationShared,
      runtimePlugins: [fallbackPlugin],
      // Remotes use this runtime instead of each bringing its own (externalRuntime in theirs).
      experiments: { provideExternalRuntime: true },
      dts: false,
    }),
    preloadSharedModules(remoteOnlyModules),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': gateway, '/manifest.json': gateway, '/remotes': gateway },
  },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
}));
