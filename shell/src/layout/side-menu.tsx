import { AuditOutlined, ClusterOutlined, DashboardOutlined, UserOutlined } from '@ant-design/icons';
import { type RemoteManifestEntry, useAccess } from '@strata/ui';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { remoteIcon } from './remote-icon';

/** `complete`: the remotes' entries are known (the manifest answered), so the menu holds all it will. */
type Props = { remotes: RemoteManifestEntry[]; complete: boolean; onNavigate?: () => void };

const label = (text: string, path: string) => (
  <span data-testid={`menu-${path.replaceAll('/', '-').slice(1) || 'overview'}`}>{text}</span>
);

/** Shell pages first, then the menu entries each remote contributes through the manifest. */
export function SideMenu({ remotes, complete, onNavigate }: Props) {
  const { t, i18n } = useTranslation('shell');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const access = useAccess();
  // Only what the user may open: the server refuses the rest anyway, this keeps the menu honest.
  const allowed = (permission?: string) => !permission || access.has(permission);
  const shellPages = [
    { key: '/', icon: <DashboardOutlined />, label: label(t('menu.overview'), '/') },
    { key: '/units', icon: <ClusterOutlined />, label: label(t('menu.units'), '/units'), permission: 'unit.read' },
    { key: '/users', icon: <UserOutlined />, label: label(t('menu.users'), '/users'), permission: 'user.read' },
    { key: '/audit', icon: <AuditOutlined />, label: label(t('menu.audit'), '/audit'), permission: 'audit.read' },
  ];
  const items: MenuProps['items'] = [
    ...shellPages.filter((page) => allowed(page.permission)).map(({ permission: _, ...item }) => item),
    ...remotes.flatMap((remote) =>
      remote.menu
        .filter((item) => allowed(item.permission))
        .map((item) => ({
          key: item.path,
          icon: remoteIcon(item.icon),
          label: label(item.label[i18n.language] ?? item.label['zh-CN'] ?? item.path, item.path),
        })),
    ),
  ];
  const keys = items.map((item) => String(item?.key));
  const selected = keys
    .filter((key) => key === pathname || (key !== '/' && pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
  // The path the console draws, set in the same render as the page (a navigation keeps the previous page on screen
  // until the next is ready): what a test moving within the console waits for. `data-complete` once the remotes'
  // entries are in: a test reading the menu before then would miss them.
  return (
    <Menu
      mode="inline"
      aria-label="main"
      data-testid="side-menu"
      data-path={pathname}
      data-complete={complete ? 'true' : undefined}
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
