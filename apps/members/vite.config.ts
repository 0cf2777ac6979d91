import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { remoteShared } from '../../packages/ui/src/federation-shared.ts';

const port = 5176;
const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  // The gateway serves the built remote here; the shell's manifest points at <base>remoteEntry.js.
  base: '/remotes/members/',
  plugins: [
    react(),
    federation({
      name: 'members',
      filename: 'remoteEntry.js',
      exposes: { './App': './src/app.tsx' },
      shared: remoteShared(command),
      // The federation runtime comes from the shell (src/federation/federation-host.ts there): one copy per page.
      experiments: { externalRuntime: true },
      dts: false,
    }),
  ],
  server: {
    port,
    strictPort: true,
    origin: `http://localhost:${port}`,
    proxy: { '/trpc': { target: gateway, changeOrigin: true } },
  },
  preview: { port, strictPort: true, proxy: { '/trpc': { target: gateway, changeOrigin: true } } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl comes as one module that cannot be split further; it loads only with the map (see below).
    chunkSizeWarningLimit: 1200,
    // Only the federation entry (added by the plugin): index.html is the dev-only standalone harness.
    rolldownOptions: {
      input: {},
      // The exposed app with everything it imports statically (its routes and words) as one chunk. Every page is
      // lazy, and the map page fetches maplibre-gl (one module of about 245 KB brotli, its worker 132 KB and its CSS
      // 8 KB) only when it draws the map.
      output: { codeSplitting: { groups: [{ name: 'app', test: /[\\/]apps[\\/]members[\\/]src[\\/]app\.tsx$/ }] } },
    },
  },
}));
