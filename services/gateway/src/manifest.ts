// The runtime remote manifest: which remotes exist, where their entries are, and their menu entries.
// The shell reads it at start, so a team redeploys its remote without rebuilding the shell.
import type { GatewayConfig } from './config';

export type RemoteEntry = {
  name: string;
  entry: string;
  exposes: string;
  basePath: string;
  menu: { path: string; icon?: string; label: { 'zh-CN': string; 'en-US': string } }[];
};

export function remoteManifest(config: GatewayConfig): { remotes: RemoteEntry[] } {
  const remotes: RemoteEntry[] = [];
  if (config.STRATA_SERVICES.includes('content')) {
    remotes.push({
      name: 'content',
      entry: config.STRATA_REMOTE_CONTENT ?? '/remotes/content/remoteEntry.js',
      exposes: './App',
      basePath: '/content',
      menu: [
        { path: '/content/articles', icon: 'file-text', label: { 'zh-CN': '文章管理', 'en-US': 'Articles' } },
        { path: '/content/columns', icon: 'appstore', label: { 'zh-CN': '栏目管理', 'en-US': 'Columns' } },
      ],
    });
  }
  return { remotes };
}
