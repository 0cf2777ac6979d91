// Through the federation runtime, a shared package is one module: the shell importing `antd` that way
// loads every listed component before the sign-in page can render. So the shell imports antd and
// @strata/ui straight from its own build, where the bundler splits them per route (the sign-in page gets
// the form, the users page the table), and provides the same modules to remotes as the shared
// singletons (`import`): one build, so one set of module instances, one antd context and one style cache.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { federationShared } from '../../packages/ui/src/federation-shared.ts';

const shellSrc = resolve(import.meta.dirname, '../src');
const uiSrc = resolve(import.meta.dirname, '../../packages/ui/src');

/** Per package: what the shell's own code imports, and what remotes receive as the shared module. */
const owned = {
  antd: {
    direct: createRequire(import.meta.url).resolve('antd/es/index.js'),
    // Only the components the apps use, not all of antd.
    provided: resolve(shellSrc, 'federation/antd-provided.ts'),
  },
  '@strata/ui': { direct: resolve(uiSrc, 'index.ts'), provided: resolve(shellSrc, 'federation/ui-provided.ts') },
} as const;

type Shared = typeof federationShared;

/** The shared config for the shell: host-owned packages provided from its own build. */
export function hostOwnedShared(shared: Shared) {
  return {
    ...shared,
    antd: { ...shared.antd, import: owned.antd.provided },
    '@strata/ui': { ...shared['@strata/ui'], import: owned['@strata/ui'].provided },
  };
}

/** The modules provided only for remotes, which the shell's own pages never wait for. */
export const remoteOnlyModules = [owned.antd.provided, owned['@strata/ui'].provided];

/** Resolves the shell's (and @strata/ui's) imports of host-owned packages to the modules themselves. */
export function importHostOwnedShares(): Plugin {
  return {
    name: 'strata:host-owned-shares',
    // Before the federation plugin turns the import into a runtime `loadShare`.
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (!(source in owned) || !importer || importer.startsWith('\0') || importer.includes('?')) return;
      if (importer.startsWith(shellSrc) || importer.startsWith(uiSrc))
        return owned[source as keyof typeof owned].direct;
    },
  };
}
