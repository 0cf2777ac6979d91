// The federated remotes this gateway serves: one entry per team's front-end. Static files, the runtime
// manifest and the Content-Security-Policy all read this list. A remote is offered only while the
// service it talks to is mounted (STRATA_SERVICES).
import type { RemoteManifest } from '@strata/ui/remote-app-props';
import type { ServiceName } from './app-router';

export type RemoteApp = Omit<RemoteManifest['remotes'][number], 'entry'> & {
  /** The service whose procedures the remote calls. */
  service: ServiceName;
  /** Its build output, relative to the repository root. */
  dist: string;
};

export const remoteApps: RemoteApp[] = [
  {
    name: 'content',
    service: 'content',
    dist: 'apps/content/dist',
    exposes: './App',
    basePath: '/content',
    menu: [
      {
        path: '/content/articles',
        icon: 'file-text',
        label: { 'zh-CN': '文章管理', 'en-US': 'Articles' },
        permission: 'content.read',
      },
      {
        path: '/content/columns',
        icon: 'appstore',
        label: { 'zh-CN': '栏目管理', 'en-US': 'Columns' },
        permission: 'content.read',
      },
    ],
  },
];

/** Where the shell loads a remote from: its own build here, or `STRATA_REMOTE_<NAME>` (e.g. a team's dev server). */
export const remoteEntry = (name: string, overrides: Record<string, string>) =>
  overrides[name] ?? `/remotes/${name}/remoteEntry.js`;
