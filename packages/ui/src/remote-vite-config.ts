// Every remote's vite config, in one place: each `apps/<team>/vite.config.ts` calls `remoteViteConfig` with its name,
// its dev port and what its app chunk holds (imported by path, like federation-shared.ts; it runs in vite, never in a
// page). A built remote is served by the gateway under /remotes/<team>/ and runs only inside the shell; its dev
// server serves the standalone harness (index.html) and sends /trpc to the gateway (STRATA_GATEWAY, default :3000).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { federation } from '@module-federation/vite';
import type { RemoteBuild } from '@strata/contract';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PluginOption, type UserConfigFnObject, build as viteBuild } from 'vite';
// By path, as vite loads this config in Node: the package's entry is TypeScript it would not compile.
import { screenExpose, widgetsExpose } from '../../contract/src/remote-manifest.ts';
import { federationShared, remoteShared } from './federation-shared.ts';
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
  /** The remote offers overview cards: `./Widgets` from `src/widgets.ts` (a `WidgetModule`, importing nothing). */
  widgets?: boolean;
  /** The remote draws the large screen's centrepiece: `./Screen` from `src/screen.tsx` (`ScreenPieceProps`). */
  screen?: boolean;
};

/** A file of a package the shell provides, or of what only it draws with (antd's style engine, rc-* components). */
const sharedPackageFile =
  /[\\/]node_modules[\\/](?:antd|react|react-dom|@ant-design[\\/](?:cssinjs|icons)|rc-[^\\/]+|@rc-component[\\/][^\\/]+)[\\/]/;

/** React's JSX functions, which every remote bundles: they only build elements, keeping no state of React's. */
const jsxRuntime = /[\\/]react[\\/](?:jsx-runtime\.js|cjs[\\/]react-jsx-runtime\.production\.js)$/;

/**
 * The remote's overview cards (`src/widgets.ts`, or its user's own page's, `src/home-widgets.ts`) built alone into one file: the data the shell draws, which it imports
 * straight from that file. The federation build's `./Widgets` expose of the same module shares chunks with the app
 * (helpers both use), which would need the container; this one holds everything it uses and imports nothing, so a card
 * costs its few hundred bytes. It stops on an import or a bundled shared package (a card draws nothing itself).
 */
async function cardsModule(root: string, source = 'widgets'): Promise<{ fileName: string; code: string }> {
  const result = await viteBuild({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: {
        input: { [source]: `src/${source}.ts` },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length > 1) throw new Error(`${root}/src/${source}.ts did not build into one file`);
  const imported = [...chunk.imports, ...chunk.dynamicImports];
  if (imported.length)
    throw new Error(`src/${source}.ts imports ${imported.join(', ')}: a card module imports nothing`);
  const shared = chunk.moduleIds.find((id) => /[\\/]node_modules[\\/]/.test(id) && sharedPackageFile.test(id));
  if (shared) throw new Error(`src/${source}.ts bundles ${shared}: a card module is data, drawn by the shell`);
  const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
  return { fileName: `assets/${source}-${hash}.js`, code: chunk.code };
}

/**
 * Writes `remote.json` beside the entry (RemoteBuild): the version is a hash of every file the build wrote, so two
 * builds of the same code have the same version; `shared` is the range of each shared package the remote needs, which
 * the gateway checks against the console's before offering the remote (services/gateway/src/remote-builds.ts).
 */
function remoteRecord(name: string, widgets: boolean): Plugin {
  return {
    name: 'strata-remote-record',
    apply: 'build',
    async generateBundle(_, bundle) {
      const root = this.environment.config.root;
      const cards = widgets ? await cardsModule(root) : undefined;
      // The user's own page's cards, apart: the dashboard, fetched on every overview, carries none of their code.
      const homeCards =
        widgets && existsSync(join(root, 'src/home-widgets.ts')) ? await cardsModule(root, 'home-widgets') : undefined;
      for (const module of [cards, homeCards])
        if (module) this.emitFile({ type: 'asset', fileName: module.fileName, source: module.code });
      // Every shared package comes from the shell: a copy bundled here (a deep import such as `antd/es/result`, or a
      // module of @strata/ui's own that the federation plugin keeps local) would draw outside the shell's theme,
      // locale and caches, and ship again. The build stops, naming the chunk and the module.
      for (const output of Object.values(bundle)) {
        if (output?.type !== 'chunk') continue;
        const copied = output.moduleIds.find((id) => sharedPackageFile.test(id) && !jsxRuntime.test(id));
        if (copied) this.error(`${output.fileName} bundles ${copied}: take it from the shell's shared module`);
      }
      const hash = createHash('sha256');
      for (const file of Object.keys(bundle).sort()) {
        const output = bundle[file];
        if (!output) continue;
        hash.update(file);
        hash.update(output.type === 'chunk' ? output.code : output.source);
      }
      const shared = Object.fromEntries(Object.entries(federationShared).map(([pkg, s]) => [pkg, s.requiredVersion]));
      const record: RemoteBuild = {
        name,
        version: hash.digest('hex').slice(0, 12),
        shared,
        ...(cards ? { widgets: cards.fileName } : {}),
        ...(homeCards ? { homeWidgets: homeCards.fileName } : {}),
      };
      this.emitFile({ type: 'asset', fileName: 'remote.json', source: `${JSON.stringify(record, null, 2)}\n` });
    },
  };
}

export function remoteViteConfig({
  name,
  port,
  richEditor,
  chunkSizeWarningLimit,
  widgets,
  screen,
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
        exposes: {
          './App': './src/app.tsx',
          ...(widgets ? { [widgetsExpose]: './src/widgets.ts' } : {}),
          ...(screen ? { [screenExpose]: './src/screen.tsx' } : {}),
        },
        shared: remoteShared(command),
        // The federation runtime comes from the shell (shell/src/federation/federation-host.ts): one copy per page.
        experiments: { externalRuntime: true },
        dts: false,
      }),
      remoteRecord(name, widgets === true),
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
