import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { remoteShared } from '../../packages/ui/src/federation-shared.ts';
import { editorReact } from '../../packages/ui/src/rich-editor/vite-plugin.ts';

const port = 5174;
const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  // The gateway serves the built remote here; the shell's manifest points at <base>remoteEntry.js.
  base: '/remotes/content/',
  plugins: [
    // The article editor's libraries reach React by named imports only (@strata/ui/rich-editor).
    editorReact(),
    react(),
    federation({
      name: 'content',
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
    // Only the federation entry (added by the plugin): index.html is the dev-only standalone harness.
    rolldownOptions: {
      input: {},
      // The exposed app with everything it imports statically (the article list, where the menu leads first)
      // as one chunk: one request and better compression than the dozen small files the split by importer
      // makes, which the browser found one level at a time.
      output: { codeSplitting: { groups: [{ name: 'app', test: /[\\/]apps[\\/]content[\\/]src[\\/]app\.tsx$/ }] } },
    },
  },
}));
