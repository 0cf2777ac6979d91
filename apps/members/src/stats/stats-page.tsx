// The members' statistics of the current unit's subtree: today's figures (charts with their tables) and the annual
// statistics (年报) taken once a year. The tab and the year opened are in the URL, so a view can be shared.

import { PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { AnnualStats } from './annual-stats';
import { LiveFigures } from './live-figures';

const tabs = ['live', 'annual'] as const;
type Tab = (typeof tabs)[number];

/** The tab and the year in the URL (`?tab=annual&year=2025`): a year given opens the annual tab. */
function useStatsView() {
  const [params, setParams] = useAddressParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1949 && yearParam <= 9998 ? yearParam : undefined;
  const tabParam = params.get('tab');
  const tab: Tab = year !== undefined || tabParam === 'annual' ? 'annual' : 'live';
  const show = (next: { tab: Tab; year?: number }) =>
    setParams(() => {
      const out = new URLSearchParams();
      if (next.tab === 'annual') out.set('tab', 'annual');
      if (next.year !== undefined) out.set('year', String(next.year));
      return out;
    });
  return { tab, year, show };
}

export function StatsPage({ unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const { tab, year, show } = useStatsView();
  const live = useQuery(trpc.members.stats.live.queryOptions({ unitId }));

  return (
    <PageFrame title={t('stats.title')} testId="stats-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => show({ tab: key as Tab })}
        destroyOnHidden
        items={[
          {
            key: 'live',
            label: t('stats.tab.live'),
            children: <LiveFigures stats={live.data} error={live.error} onRetry={() => live.refetch()} />,
          },
          {
            key: 'annual',
            label: t('stats.tab.annual'),
            children: (
              <AnnualStats
                unitId={unitId}
                year={year}
                onOpen={(y) => show({ tab: 'annual', year: y })}
                live={live.data}
              />
            ),
          },
        ]}
        data-testid="stats-tabs"
      />
    </PageFrame>
  );
}
