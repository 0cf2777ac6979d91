// My learning (我的学习), every account's own page and where most arrive: my courses (progress, state, due day), the
// catalogue of courses open to me (enrol), my classroom sessions (book a seat, give it back, check in) and my
// certificates (each with its public verification page). The tab shown lives in the URL (`?tab=`). This page comes
// with the remote (app.tsx imports it statically): the first tab is drawn from here, the others load when opened.
// Everything here acts on the signed-in person's own things only, found by the server from the account (`data-own`).

import { PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { Skeleton, Tabs } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MyCourses } from './my-courses';

const CatalogueTab = lazy(() => import('./catalogue-tab').then((m) => ({ default: m.CatalogueTab })));
const MySessions = lazy(() => import('./my-sessions').then((m) => ({ default: m.MySessions })));
const MyCertificates = lazy(() => import('./my-certificates').then((m) => ({ default: m.MyCertificates })));

const tabKeys = ['mine', 'catalogue', 'sessions', 'certificates'] as const;
type TabKey = (typeof tabKeys)[number];
const readTab = (value: string | null): TabKey => tabKeys.find((key) => key === value) ?? 'mine';
/** Each tab's own parameters (filters), left behind when another tab opens. */
const tabParams = ['status', 'q', 'category'];

export function LearnPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const [params, setParams] = useAddressParams();
  const tab = readTab(params.get('tab'));

  function switchTab(key: string) {
    setParams((now) => {
      const next = new URLSearchParams(now);
      for (const name of tabParams) next.delete(name);
      if (key === 'mine') next.delete('tab');
      else next.set('tab', key);
      return next;
    });
  }

  const panes: Record<TabKey, () => ReactNode> = {
    mine: () => <MyCourses basePath={basePath} onBrowse={() => switchTab('catalogue')} />,
    catalogue: () => <CatalogueTab basePath={basePath} />,
    sessions: () => <MySessions basePath={basePath} testId="my-sessions" />,
    certificates: () => <MyCertificates basePath={basePath} />,
  };

  return (
    <PageFrame title={t('learn.title')} testId="learn-page">
      <div data-own>
        <Tabs
          activeKey={tab}
          onChange={switchTab}
          items={tabKeys.map((key) => ({
            key,
            label: t(`learn.tabs.${key}`),
            children: key === tab ? <Suspense fallback={<Skeleton active />}>{panes[key]()}</Suspense> : null,
          }))}
          data-testid="learn-tabs"
        />
      </div>
    </PageFrame>
  );
}
