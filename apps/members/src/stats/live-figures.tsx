// The current figures of a unit's subtree: how many are on the registry, what moved this year, each dimension as a
// chart with the same figures in a table beside it (the table is what a screen reader and a test read), and each
// child unit's share. The charts' library loads with the first chart (`Chart` imports it when drawn).
import { formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert } from '@strata/ui';
import { Chart } from '@strata/ui/charts';
import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStats } from '../common/api-types';
import { ReportTableView } from './report-table-view';
import {
  breakdownsOf,
  breakdownTable,
  chartHeight,
  chartLabel,
  chartOption,
  liveFlowKeys,
  liveUnitsTable,
} from './stats-view';

type Props = { stats: LiveStats | undefined; error: unknown; onRetry: () => void };

export function LiveFigures({ stats, error, onRetry }: Props) {
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!stats) return <Skeleton active data-testid="stats-live-loading" />;
  return <LiveBody stats={stats} />;
}

function LiveBody({ stats }: { stats: LiveStats }) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const day = (value: string) => formatCalendarDay(value, language);
  const breakdowns = useMemo(() => breakdownsOf(stats.members, t, language), [stats.members, t, language]);
  const units = liveUnitsTable(stats, t);

  return (
    <Flex vertical gap="middle" data-testid="stats-live">
      <Typography.Text type="secondary" data-testid="stats-as-of">
        {t('stats.asOf', { unit: stats.unit.name, day: day(stats.asOf) })}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('stats.total')}
              value={stats.members.total}
              data-testid="stats-total"
              aria-describedby="stats-total-hint"
            />
            <Typography.Text type="secondary" id="stats-total-hint" style={{ fontSize: 12 }}>
              {t('stats.totalHint')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={16} xl={20}>
          <Card size="small" title={t('stats.flows', { from: day(stats.from), to: day(stats.to) })}>
            <Row gutter={[12, 12]}>
              {liveFlowKeys.map((key) => (
                <Col key={key} xs={12} sm={8} lg={4} data-testid={`stats-flow-${key}`}>
                  <Statistic title={t(`stats.flow.${key}`)} value={stats.flows[key]} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
      {stats.members.total === 0 ? (
        <Empty description={t('stats.empty')} data-testid="stats-empty" />
      ) : (
        <Row gutter={[12, 12]}>
          {breakdowns.map((breakdown) => (
            <Col key={breakdown.key} xs={24} xl={12}>
              <Card size="small" title={breakdown.title} data-testid={`stats-breakdown-${breakdown.key}`}>
                <Row gutter={[12, 12]} align="middle">
                  {/* Side by side while a card is the page's width; stacked in the half-width cards of a wide screen. */}
                  <Col xs={24} md={13} xl={24}>
                    <Chart
                      option={chartOption(breakdown)}
                      label={chartLabel(breakdown, t, language)}
                      height={chartHeight(breakdown)}
                      testId={`stats-chart-${breakdown.key}`}
                    />
                  </Col>
                  <Col xs={24} md={11} xl={24}>
                    <ReportTableView table={breakdownTable(breakdown, t)} testId={`stats-table-${breakdown.key}`} />
                  </Col>
                </Row>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Card size="small" title={units.title}>
        <ReportTableView table={units} empty={t('stats.noChildren')} testId="stats-units" />
      </Card>
    </Flex>
  );
}
