// Volunteer statistics of the current unit's subtree for a year: volunteers, active volunteers (hours approved that
// year), activities and approved hours; the hours month by month (a chart, ECharts loading with it, and the same
// figures in a table for screen readers); the units below and the teams ranked by hours (sortable); all of it as a
// workbook.
import { formatMinutes } from '@strata/contract';
import { ErrorAlert, errorMessage, PageFrame, useScrollRegion } from '@strata/ui';
import { Chart } from '@strata/ui/charts';
import { downloadBlob, writeXlsxBook } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Row, Select, Skeleton, Statistic, Table } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../common/api-types';
import { useTRPC } from '../trpc';

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()));

export function StatsPage({ unitId }: { unitId: number }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear);
  const stats = useQuery(trpc.volunteers.stats.summary.queryOptions({ unitId, year }));
  // The tables scroll sideways on a phone: each scrolling box takes the keyboard's focus, named.
  const monthsBox = useScrollRegion(t('stats.months'));
  const unitsBox = useScrollRegion(t('stats.units', { unit: stats.data?.unit.name ?? '' }));
  const teamsBox = useScrollRegion(t('stats.teams'));
  const [exporting, setExporting] = useState(false);
  const years = Array.from({ length: 6 }, (_, i) => thisYear() - i);
  const save = async (data: StatsSummary) => {
    setExporting(true);
    try {
      downloadBlob(`${t('stats.fileName', { year })}.xlsx`, await writeXlsxBook(statsSheets(data, t)));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };
  const data = stats.data;
  const hours = (minutes: number) => Number(formatMinutes(minutes));

  return (
    <PageFrame
      title={t('stats.title')}
      testId="stats-page"
      extra={
        <Flex wrap gap={8}>
          <Select
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: t('stats.year', { year: y }) }))}
            aria-label={t('stats.yearLabel')}
            style={{ width: 120 }}
            data-neutral
            data-testid="stats-year"
          />
          <Button
            disabled={!data}
            loading={exporting}
            onClick={() => data && void save(data)}
            data-neutral
            data-testid="stats-export"
          >
            {t('stats.export')}
          </Button>
        </Flex>
      }
    >
      {stats.error ? <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {!data ? (
        !stats.error && <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {(
              [
                ['volunteers', data.volunteers],
                ['active', data.activeVolunteers],
                ['activities', data.activities],
                ['hours', formatMinutes(data.approvedMinutes)],
              ] as const
            ).map(([key, value]) => (
              <Col xs={12} md={6} key={key}>
                <Card size="small" data-testid={`stats-card-${key}`}>
                  <Statistic title={t(`stats.figure.${key}`)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('stats.months')}>
            <Chart option={monthsOption(data, t)} label={t('stats.months')} testId="stats-chart-months" />
            <div ref={monthsBox}>
              <Table
                rowKey="month"
                size="small"
                pagination={false}
                scroll={{ x: 400 }}
                dataSource={data.months}
                locale={{ emptyText: t('stats.none') }}
                columns={[
                  { key: 'month', title: t('stats.column.month'), dataIndex: 'month' },
                  { key: 'hours', title: t('stats.column.hours'), render: (_, r) => formatMinutes(r.minutes) },
                  { key: 'entries', title: t('stats.column.entries'), dataIndex: 'entries' },
                ]}
                data-testid="stats-months"
              />
            </div>
          </Card>
          <Card size="small" title={t('stats.units', { unit: data.unit.name })}>
            <div ref={unitsBox}>
              <Table
                rowKey="unitId"
                size="small"
                pagination={false}
                scroll={{ x: 500 }}
                dataSource={data.children}
                locale={{ emptyText: t('stats.noUnits') }}
                columns={[
                  { key: 'unit', title: t('stats.column.unit'), dataIndex: 'name' },
                  {
                    key: 'volunteers',
                    title: t('stats.figure.volunteers'),
                    dataIndex: 'volunteers',
                    sorter: (a, b) => a.volunteers - b.volunteers,
                  },
                  {
                    key: 'active',
                    title: t('stats.figure.active'),
                    dataIndex: 'activeVolunteers',
                    sorter: (a, b) => a.activeVolunteers - b.activeVolunteers,
                  },
                  {
                    key: 'activities',
                    title: t('stats.figure.activities'),
                    dataIndex: 'activities',
                    sorter: (a, b) => a.activities - b.activities,
                  },
                  {
                    key: 'hours',
                    title: t('stats.figure.hours'),
                    sorter: (a, b) => a.minutes - b.minutes,
                    defaultSortOrder: 'descend',
                    render: (_, r) => hours(r.minutes),
                  },
                ]}
                data-testid="stats-units"
              />
            </div>
          </Card>
          <Card size="small" title={t('stats.teams')}>
            <div ref={teamsBox}>
              <Table
                rowKey="teamId"
                size="small"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                scroll={{ x: 500 }}
                dataSource={data.teams}
                locale={{ emptyText: t('stats.noTeams') }}
                columns={[
                  { key: 'team', title: t('stats.column.team'), dataIndex: 'name' },
                  { key: 'unit', title: t('stats.column.unit'), dataIndex: 'unitName' },
                  {
                    key: 'hours',
                    title: t('stats.figure.hours'),
                    sorter: (a, b) => a.minutes - b.minutes,
                    defaultSortOrder: 'descend',
                    render: (_, r) => hours(r.minutes),
                  },
                ]}
                data-testid="stats-teams"
              />
            </div>
          </Card>
        </Flex>
      )}
    </PageFrame>
  );
}

function monthsOption(data: StatsSummary, t: TFunction) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.months.map((m) => m.month) },
    yAxis: { type: 'value', name: t('stats.column.hours') },
    series: [
      {
        name: t('stats.column.hours'),
        type: 'bar',
        color: '#1677ff',
        data: data.months.map((m) => Number(formatMinutes(m.minutes))),
      },
    ],
  };
}

function statsSheets(data: StatsSummary, t: TFunction) {
  const h = (minutes: number) => Number(formatMinutes(minutes));
  const f = (key: string) => t(`volunteers:stats.figure.${key}`);
  const col = (key: string) => t(`volunteers:stats.column.${key}`);
  return [
    {
      name: t('volunteers:stats.summary'),
      header: [col('unit'), f('volunteers'), f('active'), f('activities'), f('hours'), f('pending')],
      body: [
        [
          data.unit.name,
          data.volunteers,
          data.activeVolunteers,
          data.activities,
          h(data.approvedMinutes),
          h(data.pendingMinutes),
        ],
      ],
    },
    {
      name: t('volunteers:stats.months'),
      header: [col('month'), col('hours'), col('entries')],
      body: data.months.map((m) => [m.month, h(m.minutes), m.entries]),
    },
    {
      name: t('volunteers:stats.units'),
      header: [col('unit'), f('volunteers'), f('active'), f('activities'), f('hours')],
      body: data.children.map((u) => [u.name, u.volunteers, u.activeVolunteers, u.activities, h(u.minutes)]),
    },
    {
      name: t('volunteers:stats.teams'),
      header: [col('team'), col('unit'), f('hours')],
      body: data.teams.map((r) => [r.name, r.unitName, h(r.minutes)]),
    },
  ];
}
