import type { RemoteManifestEntry } from '@strata/ui';
import { Alert, Flex, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { UnitSwitcher } from '../unit/unit-switcher';
import { PageSpin } from './page-spin';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';

type Props = { remotes: RemoteManifestEntry[]; manifestFailed: boolean };

/** Side menu, header with unit switcher and user menu, and the routed page. */
export function AppLayout({ remotes, manifestFailed }: Props) {
  const { t } = useTranslation('shell');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={220}>
        <Typography.Title level={5} style={{ padding: '16px 24px', margin: 0 }}>
          {t('appName')}
        </Typography.Title>
        <SideMenu remotes={remotes} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px' }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={16}>
            <Flex align="center" gap={8}>
              <Typography.Text type="secondary">{t('header.currentUnit')}</Typography.Text>
              <UnitSwitcher />
            </Flex>
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
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
