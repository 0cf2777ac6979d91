// The runtime remote manifest: which remotes exist, where their entries are, and their menu entries.
// The shell reads it at start, so a team redeploys its remote without rebuilding the shell.
import type { RemoteManifest } from '@strata/ui/remote-app-props';
import type { GatewayConfig } from './config';

export function remoteManifest(config: GatewayConfig): RemoteManifest {
  const remotes: RemoteManifest['remotes'] = [];
  if (config.STRATA_SERVICES.includes('content')) {
    remotes.push({
      name: 'content',
      entry: config.STRATA_REMOTE_CONTENT ?? '/remotes/content/remoteEntry.js',
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
    });
  }
  return { remotes };
}
