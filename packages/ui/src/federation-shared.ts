// The one `shared` object for the shell (host) and every remote: import it from each vite config
// (`import { federationShared } from '../../packages/ui/src/federation-shared'`), never copy it.
// Icons are not shared: they hold no state, and sharing ships every icon; each app bundles the few it uses.
// requiredVersion mirrors the ranges in the apps' package.json files; bump them together.

type SharedEntry = { singleton: true; requiredVersion: string };

const singleton = (requiredVersion: string): SharedEntry => ({ singleton: true, requiredVersion });

export const federationShared = {
  react: singleton('^19.3.1'),
  'react-dom': singleton('^19.3.1'),
  // The shell provides react-router, antd and @strata/ui trimmed to what the apps import
  // (shell/src/federation/provided-shares.ts).
  'react-router': singleton('^7.18.0'),
  antd: singleton('^6.6.7'),
  '@tanstack/react-query': singleton('^5.108.0'),
  '@trpc/client': singleton('11.22.1'),
  '@trpc/tanstack-react-query': singleton('11.22.1'),
  i18next: singleton('^26.7.2'),
  'react-i18next': singleton('^17.1.12'),
  '@strata/client': singleton('*'),
  '@strata/ui': singleton('*'),
} satisfies Record<string, SharedEntry>;
