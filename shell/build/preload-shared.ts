// Module Federation loads the shared libraries (antd, react-dom...) through dynamic imports made by its
// loadShare modules, after the entry has run: a serial waterfall on a slow line. The first route needs
// them all, so the page asks for them up front (<link rel="modulepreload">), with what they import: every
// chunk the shared-module map (`localSharedImportMap`) loads, except the modules only remotes ask for.
import type { Plugin } from 'vite';

type Chunk = {
  type: 'chunk';
  name: string;
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
};

export function preloadSharedModules(remoteOnly: readonly string[]): Plugin {
  return {
    name: 'strata:preload-shared-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = new Map(
          Object.values(bundle)
            .filter((c): c is typeof c & Chunk => c.type === 'chunk')
            .map((c) => [c.fileName, c as Chunk]),
        );
        const wanted = new Set<string>();
        const add = (file: string) => {
          // A `__prebuild__` chunk is a library's untrimmed fallback, fetched only if the trimmed one cannot serve.
          if (wanted.has(file) || file.includes('__prebuild__')) return;
          const facade = chunks.get(file)?.facadeModuleId;
          if (facade && remoteOnly.includes(facade)) return;
          wanted.add(file);
          for (const dep of chunks.get(file)?.imports ?? []) add(dep);
        };
        for (const chunk of chunks.values())
          if (chunk.fileName.includes('localSharedImportMap')) for (const file of chunk.dynamicImports) add(file);
        // So is the chunk the federation bootstrap (the page's entry) imports after the host init, by name.
        for (const chunk of chunks.values()) if (chunk.name === 'pendingShares') add(chunk.fileName);
        const links = [...wanted]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace('</head>', `  ${links.join('\n  ')}\n</head>`);
      },
    },
  };
}
