import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { registerMembersMessages } from './common/register-members-messages';

// Every page loads when opened: the map's page fetches maplibre-gl only when it draws the map, and the remote's own
// chunk stays the routes and the words.
const MapPage = lazy(() => import('./map/map-page').then((m) => ({ default: m.MapPage })));
const RegistryListPage = lazy(() =>
  import('./registry/registry-list-page').then((m) => ({ default: m.RegistryListPage })),
);
const MemberPage = lazy(() => import('./registry/member-page').then((m) => ({ default: m.MemberPage })));
const LifecyclePage = lazy(() => import('./lifecycle/lifecycle-page').then((m) => ({ default: m.LifecyclePage })));
const StatsPage = lazy(() => import('./stats/stats-page').then((m) => ({ default: m.StatsPage })));
const TransfersPage = lazy(() => import('./transfers/transfers-page').then((m) => ({ default: m.TransfersPage })));
const FloatingPage = lazy(() => import('./transfers/floating-page').then((m) => ({ default: m.FloatingPage })));

/** Behind members.read; `atUnit` where the page shows the current unit's subtree. */
const guarded = (page: ReactNode, atUnit = false) => (
  <RequirePermission permission="members.read" atUnit={atUnit}>
    <Suspense fallback={<Skeleton active />}>{page}</Suspense>
  </RequirePermission>
);

/** The members remote (exposed as `members/App`): routes below the shell's `basePath`. */
export default function MembersApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `members` namespace; another language than the default suspends (the shell's
  // loading state) until its messages are in. A no-op once they are.
  const messages = registerMembersMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const map = `${base}/map`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={map} replace />} />
        <Route path="registry" element={guarded(<RegistryListPage basePath={base} unitId={unitId} />, true)} />
        <Route path="registry/:id" element={guarded(<MemberPage basePath={base} />)} />
        <Route path="map" element={guarded(<MapPage basePath={base} unitId={unitId} />, true)} />
        <Route path="lifecycle" element={guarded(<LifecyclePage basePath={base} unitId={unitId} />, true)} />
        <Route path="stats" element={guarded(<StatsPage basePath={base} unitId={unitId} />, true)} />
        <Route path="transfers" element={guarded(<TransfersPage basePath={base} unitId={unitId} />, true)} />
        <Route path="floating" element={guarded(<FloatingPage basePath={base} unitId={unitId} />, true)} />
        <Route path="*" element={<Navigate to={map} replace />} />
      </Routes>
    </AccessProvider>
  );
}
