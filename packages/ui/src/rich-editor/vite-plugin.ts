// For a remote's vite config (imported by path, like federation-shared.ts): the editor's libraries reach React by
// named imports only. tiptap's default import of React and use-sync-external-store's CommonJS would otherwise have the
// shared React's whole namespace built in the remote's app chunk, on the first visit, for the editor's sake.
import { fileURLToPath } from 'node:url';

const editorModule = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

/** What @tiptap/react imports, pointed at this folder's ES modules. */
const editorImports: Record<string, string> = {
  react: editorModule('react-for-editor.ts'),
  'use-sync-external-store/shim/index.js': editorModule('sync-external-store.ts'),
  'use-sync-external-store/shim/with-selector.js': editorModule('sync-external-store.ts'),
};

/** A vite plugin (structurally typed: @strata/ui does not depend on vite). */
export function editorReact() {
  return {
    name: 'strata:editor-react',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (!importer || !/[\\/]node_modules[\\/]@tiptap[\\/]react[\\/]/.test(importer)) return null;
      return editorImports[source] ?? null;
    },
  };
}
