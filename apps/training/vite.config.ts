import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { remoteShared } from '../../packages/ui/src/federation-shared.ts';
import { editorReact } from '../../packages/ui/src/rich-editor/vite-plugin.ts';

const port = 5180;
const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  // The gateway serves the built remote here; the shell's manifest points at <base>remoteEntry.js.
  base: '/remotes/training/',
  plugins: [
    // A text lesson's editor (@strata/ui/rich-editor) reaches React by named imports only.
    editorReact(),
    react(),
    federation({
      name: 'training',
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
      // The exposed app with everything it imports statically (my learning, where most accounts arrive, and the
      // words) as one chunk. The other pages, the dialogs, the check-in screen (with qrcode), the charts and the export
      // (exceljs) load when first used.
      output: { codeSplitting: { groups: [{ name: 'app', test: /[\\/]apps[\\/]training[\\/]src[\\/]app\.tsx$/ }] } },
    },
  },
}));
