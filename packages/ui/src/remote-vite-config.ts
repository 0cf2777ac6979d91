// Every remote's vite config, in one place: each `apps/<team>/vite.config.ts` calls `remoteViteConfig` with its name,
// its dev port and what its app chunk holds (imported by path, like federation-shared.ts; it runs in vite, never in a
// page). A built remote is served by the gateway under /remotes/<team>/ and runs only inside the shell; its dev
// server serves the standalone harness (index.html) and sends /trpc to the gateway (STRATA_GATEWAY, default :3000).
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption, type UserConfigFnObject } from 'vite';
import { remoteShared } from './federation-shared.ts';
import { editorReact } from './rich-editor/vite-plugin.ts';

export type RemoteViteOptions = {
  /** The team's name: the federation name, the URL folder (/remotes/<name>/) and apps/<name>. */
  name: string;
  /** The dev server's port (README, "each team on its own"). */
  port: number;
  /** The remote imports @strata/ui/rich-editor: its libraries must reach React by named imports only. */
  richEditor?: boolean;
  /** Raises vite's warning for a chunk that cannot be split (members' map library), in KB. */
  chunkSizeWarningLimit?: number;
};

export function remoteViteConfig({
  name,
  port,
  richEditor,
  chunkSizeWarningLimit,
}: RemoteViteOptions): UserConfigFnObject {
  const gateway = process.env.STRATA_GATEWAY ?? 'http://localhost:3000';
  const proxy = { '/trpc': { target: gateway, changeOrigin: true } };
  // The exposed app with everything it imports statically (the routes, the words, the page the menu leads to first)
  // as one chunk: one request and better compression than the dozen small files the split by importer makes, which
  // the browser would find one level at a time. Every other page, dialog and heavy library loads when first used.
  const appModule = new RegExp(`[\\\\/]apps[\\\\/]${name}[\\\\/]src[\\\\/]app\\.tsx$`);
  return defineConfig(({ command }) => ({
    // The gateway serves the built remote here; the shell's manifest points at <base>remoteEntry.js.
    base: `/remotes/${name}/`,
    plugins: [
      ...(richEditor ? [editorReact() as PluginOption] : []),
      react(),
      federation({
        name,
        filename: 'remoteEntry.js',
        exposes: { './App': './src/app.tsx' },
        shared: remoteShared(command),
        // The federation runtime comes from the shell (shell/src/federation/federation-host.ts): one copy per page.
        experiments: { externalRuntime: true },
        dts: false,
      }),
    ],
    server: { port, strictPort: true, origin: `http://localhost:${port}`, proxy },
    preview: { port, strictPort: true, proxy },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      ...(chunkSizeWarningLimit ? { chunkSizeWarningLimit } : {}),
      rolldownOptions: {
        // Only the federation entry (added by the plugin): index.html is the dev-only standalone harness.
        input: {},
        output: { codeSplitting: { groups: [{ name: 'app', test: appModule }] } },
      },
    },
  }));
}
