// The one `shared` object for the shell (host) and every remote: import it from each vite config
// (`import { federationShared } from '../../packages/ui/src/federation-shared'`), never copy it.
// Icons are not shared: they hold no state, and sharing ships every icon; each app bundles the few it uses.
// requiredVersion mirrors the ranges in the apps' package.json files; bump them together.

type SharedEntry = {
  singleton: true;
  requiredVersion: string;
  treeShaking?: { mode: 'runtime-infer'; usedExports: string[] };
};

const singleton = (requiredVersion: string): SharedEntry => ({ singleton: true, requiredVersion });

/** Every react-router export that the shell, the remotes and @strata/ui import. */
export const routerExports = [
  'Link',
  'Navigate',
  'Outlet',
  'Route',
  'RouterProvider',
  'Routes',
  'createBrowserRouter',
  'useBlocker',
  'useLocation',
  'useNavigate',
  'useParams',
  'useSearchParams',
];

export const federationShared = {
  react: singleton('^19.3.1'),
  'react-dom': singleton('^19.3.1'),
  // react-router likewise: the package also holds framework mode (server rendering, sessions, cookies),
  // which a single-page console never runs.
  'react-router': { ...singleton('^7.18.0'), treeShaking: { mode: 'runtime-infer', usedExports: routerExports } },
  // antd: the shell provides it from its own build, trimmed to the components the apps use
  // (shell/src/federation/antd-provided.ts, shell/build/host-owned-shares.ts).
  antd: singleton('^6.6.7'),
  '@tanstack/react-query': singleton('^5.108.0'),
  '@trpc/client': singleton('11.22.1'),
  '@trpc/tanstack-react-query': singleton('11.22.1'),
  i18next: singleton('^26.7.2'),
  'react-i18next': singleton('^17.1.12'),
  '@strata/client': singleton('*'),
  '@strata/ui': singleton('*'),
} satisfies Record<string, SharedEntry>;
