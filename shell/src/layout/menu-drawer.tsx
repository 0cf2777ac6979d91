import type { RemoteManifestEntry } from '@strata/ui';
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { SideMenu } from './side-menu';

type Props = { remotes: RemoteManifestEntry[]; complete: boolean; open: boolean; onClose: () => void };

/** The side menu on a phone: a drawer from the left, closed after each navigation. */
export default function MenuDrawer({ remotes, complete, open, onClose }: Props) {
  const { t } = useTranslation('shell');
  return (
    <Drawer
      placement="left"
      size={260}
      open={open}
      onClose={onClose}
      closable={{ 'aria-label': t('header.closeMenu') }}
      title={t('appName')}
      styles={{ body: { padding: 0 } }}
    >
      <div data-testid="menu-drawer">
        <SideMenu remotes={remotes} complete={complete} onNavigate={onClose} />
      </div>
    </Drawer>
  );
}
