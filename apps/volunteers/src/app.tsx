import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ActivitiesPage } from './activities/activities-page';
import { registerVolunteersMessages } from './common/register-volunteers-messages';

// The activities list is where the menu leads first, so it comes with the remote; the other pages load when opened.
const ActivityPage = lazy(() => import('./activities/activity-page').then((m) => ({ default: m.ActivityPage })));
const CheckinScreenPage = lazy(() =>
  import('./activities/checkin-screen-page').then((m) => ({ default: m.CheckinScreenPage })),
);
const PeoplePage = lazy(() => import('./people/people-page').then((m) => ({ default: m.PeoplePage })));
const VolunteerPage = lazy(() => import('./people/volunteer-page').then((m) => ({ default: m.VolunteerPage })));
const TeamsPage = lazy(() => import('./teams/teams-page').then((m) => ({ default: m.TeamsPage })));
const TeamPage = lazy(() => import('./teams/team-page').then((m) => ({ default: m.TeamPage })));
const HoursPage = lazy(() => import('./hours/hours-page').then((m) => ({ default: m.HoursPage })));
const CertificatesPage = lazy(() =>
  import('./certificates/certificates-page').then((m) => ({ default: m.CertificatesPage })),
);
const StatsPage = lazy(() => import('./stats/stats-page').then((m) => ({ default: m.StatsPage })));
const MinePage = lazy(() => import('./mine/mine-page').then((m) => ({ default: m.MinePage })));
const JoinPage = lazy(() => import('./mine/join-page').then((m) => ({ default: m.JoinPage })));
const CheckinLinkPage = lazy(() => import('./mine/checkin-link-page').then((m) => ({ default: m.CheckinLinkPage })));

const loading = <Skeleton active />;

/** Behind volunteers.read; `atUnit` where the page shows the current unit's subtree. */
const guarded = (page: ReactNode, atUnit = false) => (
  <RequirePermission permission="volunteers.read" atUnit={atUnit}>
    <Suspense fallback={loading}>{page}</Suspense>
  </RequirePermission>
);

/** Every account's own (no grant): the server finds the volunteer by the account. */
const own = (page: ReactNode) => <Suspense fallback={loading}>{page}</Suspense>;

/** The volunteers remote (exposed as `volunteers/App`): routes below the shell's `basePath`. */
export default function VolunteersApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `volunteers` namespace; another language than the default suspends (the shell's
  // loading state) until its messages are in. A no-op once they are.
  const messages = registerVolunteersMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const activities = `${base}/activities`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={activities} replace />} />
        <Route path="activities" element={guarded(<ActivitiesPage basePath={base} unitId={unitId} />, true)} />
        <Route path="activities/:id" element={guarded(<ActivityPage basePath={base} />)} />
        <Route path="activities/:id/checkin" element={guarded(<CheckinScreenPage basePath={base} />)} />
        <Route path="people" element={guarded(<PeoplePage basePath={base} unitId={unitId} />, true)} />
        <Route path="people/:id" element={guarded(<VolunteerPage basePath={base} />)} />
        <Route path="teams" element={guarded(<TeamsPage basePath={base} unitId={unitId} />, true)} />
        <Route path="teams/:id" element={guarded(<TeamPage basePath={base} />)} />
        <Route path="hours" element={guarded(<HoursPage basePath={base} unitId={unitId} />, true)} />
        <Route path="certificates" element={guarded(<CertificatesPage basePath={base} unitId={unitId} />, true)} />
        <Route path="stats" element={guarded(<StatsPage unitId={unitId} />, true)} />
        <Route path="mine" element={own(<MinePage basePath={base} />)} />
        <Route path="join/:id" element={own(<JoinPage basePath={base} />)} />
        <Route path="checkin/:id" element={own(<CheckinLinkPage basePath={base} />)} />
        <Route path="*" element={<Navigate to={activities} replace />} />
      </Routes>
    </AccessProvider>
  );
}
