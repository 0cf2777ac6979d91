import { RequirePermission } from '@strata/ui';
import { Empty } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RemoteSlot } from '../federation/remote-slot';
import { useRemoteManifest } from '../federation/use-remote-manifest';
import { FullPageSpin } from '../session/full-page-spin';
import { useCurrentUnit } from '../unit/current-unit';
import { AppLayout } from './app-layout';

const pages = {
  '': () => import('../pages/overview/overview-page'),
  units: () => import('../pages/units/units-page'),
  users: () => import('../pages/users/users-page'),
  audit: () => import('../pages/audit/audit-page'),
  screen: () => import('../pages/screen/screen-page'),
};
// The page at the address the console opens on is fetched as the console loads, beside the unit tree it
// waits for, rather than after it.
void pages[location.pathname.split('/')[1] as keyof typeof pages]?.();

const OverviewPage = lazy(pages['']);
const UnitsPage = lazy(pages.units);
const UsersPage = lazy(pages.users);
const AuditPage = lazy(pages.audit);
const ScreenPage = lazy(pages.screen);
const NotFoundPage = lazy(() => import('../pages/not-found/not-found-page'));

const guarded = (permission: string, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/** Shell pages (each behind the permission it needs: a 403 page otherwise) plus one `<basePath>/*` route per remote from the runtime manifest. */
export function ShellRoutes() {
  const { t } = useTranslation('shell');
  const manifest = useRemoteManifest();
  const { unitId } = useCurrentUnit();
  const remotes = manifest.data?.remotes ?? [];
  return (
    <Routes>
      {/* The large screen: the dashboard alone, without the console's frame. */}
      <Route
        path="screen"
        element={
          <Suspense fallback={<FullPageSpin />}>
            <ScreenPage />
          </Suspense>
        }
      />
      <Route
        element={<AppLayout remotes={remotes} manifestFailed={manifest.isError} menuComplete={!manifest.isPending} />}
      >
        <Route index element={<OverviewPage />} />
        <Route path="units" element={guarded('unit.read', <UnitsPage />)} />
        <Route path="users" element={guarded('user.read', <UsersPage />)} />
        <Route path="audit" element={guarded('audit.read', <AuditPage />)} />
        {remotes.map((remote) => (
          <Route
            key={remote.name}
            path={`${remote.basePath.replace(/\/$/, '')}/*`}
            element={
              unitId === undefined ? (
                <Empty description={t('header.noUnit')} />
              ) : (
                <RemoteSlot remote={remote} unitId={unitId} />
              )
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage waiting={manifest.isPending} />} />
      </Route>
    </Routes>
  );
}
