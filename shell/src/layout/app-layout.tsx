import { MenuOutlined } from '@ant-design/icons';
import type { RemoteManifestEntry } from '@strata/ui';
import { Alert, Button, Flex, Grid, Layout, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { UnitSwitcher } from '../unit/unit-switcher';
import { Bell } from './bell';
import { PageSpin } from './page-spin';
import { SearchButton } from './search-button';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';

// Only a phone draws the menu in a drawer: a wider screen never downloads it.
const MenuDrawer = lazy(() => import('./menu-drawer'));

/** `menuComplete`: the manifest has answered (or failed), so the menu holds every entry it will. */
type Props = { remotes: RemoteManifestEntry[]; manifestFailed: boolean; menuComplete: boolean };

/**
 * Side menu, header with unit switcher and user menu, and the routed page. From the `md` breakpoint up the
 * menu sits beside the page (icons only below `lg`); on a phone it is a drawer behind a button, closed
 * after each navigation, and the header keeps to one line.
 */
export function AppLayout({ remotes, manifestFailed, menuComplete }: Props) {
  const { t } = useTranslation('shell');
  const screens = Grid.useBreakpoint();
  // Before the first measurement `md` is undefined: lay out for a phone, which never overflows.
  const phone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The product's name in full, on two lines where it needs them (the English one is longer than the menu is wide).
  const appName = (
    <Typography.Title level={5} style={{ padding: '16px 24px', margin: 0 }}>
      {t('appName')}
    </Typography.Title>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        // Not before the first measurement: a desktop never fetches the drawer.
        screens.md === false && (
          <Suspense fallback={null}>
            <MenuDrawer
              remotes={remotes}
              complete={menuComplete}
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
            />
          </Suspense>
        )
      ) : (
        // The menu scrolls on its own beside the page: a long menu never makes a short page scroll (which moved the
        // header, and the user menu's dropdown with it, out of view).
        <Layout.Sider
          theme="light"
          width={220}
          collapsed={!screens.lg}
          collapsedWidth={64}
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
        >
          {screens.lg && appName}
          <SideMenu remotes={remotes} complete={menuComplete} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ background: '#fff', padding: phone ? '0 8px' : '0 24px', height: 56, lineHeight: '56px' }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={phone ? 4 : 16}>
            <Flex align="center" gap={phone ? 4 : 8} style={{ minWidth: 0, flex: 1 }}>
              {phone && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('header.openMenu')}
                  data-testid="menu-toggle"
                  onClick={() => setDrawerOpen(true)}
                />
              )}
              {!phone && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {t('header.currentUnit')}
                </Typography.Text>
              )}
              <UnitSwitcher compact={phone} />
            </Flex>
            <Flex align="center" gap={phone ? 0 : 8}>
              <SearchButton />
              <Bell phone={phone} />
              <UserMenu compact={phone} />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ margin: phone ? 12 : 24, minWidth: 0 }}>
          {manifestFailed && (
            <Alert
              type="warning"
              showIcon
              title={t('remote.manifestFailed')}
              style={{ marginBottom: 16 }}
              data-testid="manifest-failed"
            />
          )}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
