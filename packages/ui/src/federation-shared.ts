// The one `shared` object for the shell (host) and every remote: the shell's vite config imports it by path, the
// remotes' through remote-vite-config.ts; never copy it.
// Icons are shared trimmed to the few the apps draw (shell/src/federation/provided/icons.ts), like antd: shared
// whole, every icon would ship; not shared, each remote would bring its own copy of the icon runtime.
// requiredVersion mirrors the ranges in the apps' package.json files; bump them together.

type SharedEntry = { singleton: true; requiredVersion: string; import?: false };

const singleton = (requiredVersion: string): SharedEntry => ({ singleton: true, requiredVersion });

export const federationShared = {
  react: singleton('^19.3.1'),
  'react-dom': singleton('^19.3.1'),
  // The shell provides react-router, antd and @strata/ui trimmed to what the apps import
  // (shell/src/federation/provided-shares.ts).
  'react-router': singleton('^7.18.0'),
  antd: singleton('^6.6.7'),
  '@ant-design/icons': singleton('^6.3.0'),
  '@tanstack/react-query': singleton('^5.108.0'),
  '@trpc/client': singleton('11.22.1'),
  '@trpc/tanstack-react-query': singleton('11.22.1'),
  i18next: singleton('^26.7.2'),
  'react-i18next': singleton('^17.1.12'),
  '@strata/client': singleton('*'),
  '@strata/ui': singleton('*'),
} satisfies Record<string, SharedEntry>;

/**
 * A remote's `shared`: built, it only ever runs in the shell, which provides every key (shell/src/federation/
 * provided-shares.ts), so it ships no fallback copies of them (`import: false`); its dev server keeps them for
 * the standalone harness.
 */
export function remoteShared(command: 'build' | 'serve'): Record<string, SharedEntry> {
  if (command !== 'build') return federationShared;
  return Object.fromEntries(Object.entries(federationShared).map(([key, share]) => [key, { ...share, import: false }]));
}
