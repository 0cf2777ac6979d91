// What the shell provides to remotes as shared singletons, each from the shell's own build (the same module
// instances its pages use: one React, one antd context and style cache, one query client type). Each is a
// lazy chunk, fetched with the federation runtime (preloadProvidedShares). Packages whose unused parts would
// otherwise stay in the shell's own chunks (a shared package is provided as one module) are provided trimmed
// to what the apps import (provided/*.ts, kept complete by federation-shared.test.ts).
import type { UserOptions } from '@module-federation/runtime/types';
import { federationShared } from '@strata/ui/federation-shared';

declare const __STRATA_SHARED_VERSIONS__: Record<string, string>;

type Shared = NonNullable<UserOptions['shared']>;

/** Subpaths the apps import, shared under their own key with their package's version and range. */
const subpaths = { 'react/jsx-runtime': 'react', 'react-dom/client': 'react-dom' } as const;

const loaders: Record<keyof typeof federationShared | keyof typeof subpaths, () => Promise<object>> = {
  react: () => import('react'),
  'react/jsx-runtime': () => import('react/jsx-runtime'),
  'react-dom': () => import('react-dom'),
  'react-dom/client': () => import('react-dom/client'),
  'react-router': () => import('./provided/react-router'),
  antd: () => import('./provided/antd'),
  '@ant-design/icons': () => import('./provided/icons'),
  '@tanstack/react-query': () => import('./provided/react-query'),
  '@trpc/client': () => import('./provided/trpc-client'),
  '@trpc/tanstack-react-query': () => import('./provided/trpc-react-query'),
  i18next: () => import('i18next'),
  'react-i18next': () => import('./provided/react-i18next'),
  '@strata/client': () => import('@strata/client'),
  '@strata/ui': () => import('./provided/strata-ui'),
};

export const providedShares: Shared = Object.fromEntries(
  Object.entries(loaders).map(([key, load]) => {
    const pkg =
      (subpaths as Record<string, keyof typeof federationShared>)[key] ?? (key as keyof typeof federationShared);
    const { singleton, requiredVersion } = federationShared[pkg];
    const version = __STRATA_SHARED_VERSIONS__[pkg];
    if (!version) throw new Error(`no version recorded for shared ${pkg}`);
    const get = async () => {
      const module = await load();
      return () => module;
    };
    return [key, { version, get, shareConfig: { singleton, requiredVersion } }];
  }),
);

/** Fetches every provided module now, beside the first remote's entry, rather than one share after another. */
export function preloadProvidedShares(): void {
  for (const load of Object.values(loaders)) void load();
}
