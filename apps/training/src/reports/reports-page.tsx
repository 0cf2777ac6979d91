// 培训统计 of the current unit's subtree (the shell's unit switcher): the coverage of the required courses (the share of
// the staff who completed every one that applies to them, the units below ranked by it, each one's link to its
// people's training, and each required course's completion), and the learning figures of the whole subtree, of the
// unit's own people and of each unit below (sortable), their completion as a bar chart (ECharts loading with it), all
// of it as a workbook.
import { ErrorAlert, PageFrame, useAccess, useScrollRegion } from '@strata/ui';
import { Chart } from '@strata/ui/charts';
import type { XlsxSheet } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Progress, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';
import {
  ExportWorkbook,
  FigureCards,
  figureCells,
  figureColumns,
  figureHeader,
  figureKeys,
  figureText,
  percentText,
} from './report-parts';
import type { CoverageReport, FigureRow, UnitsReport } from './report-types';

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function ReportsPage({ basePath, unitId: given }: { basePath: string; unitId?: number }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const access = useAccess();
  // The route stands behind training.read at the current unit, so there is one.
  const unitId = given ?? access.unitId ?? 0;
  const coverage = useQuery(trpc.training.reports.coverage.queryOptions({ unitId }));
  const units = useQuery(trpc.training.reports.units.queryOptions({ unitId }));
  const unitName = units.data?.unit.name ?? coverage.data?.unit.name ?? '';
  const sheets =
    coverage.data && units.data ? () => reportSheets(coverage.data, units.data, t) : (undefined as undefined);

  return (
    <PageFrame
      title={t('reports.title')}
      testId="reports-page"
      extra={
        <ExportWorkbook fileName={t('reports.fileName', { unit: unitName })} sheets={sheets} testId="reports-export" />
      }
    >
      <Flex vertical gap={16}>
        {coverage.error ? (
          <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : !coverage.data ? (
          <Skeleton active />
        ) : (
          <CoverageCard report={coverage.data} basePath={basePath} />
        )}
        {units.error ? (
          <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
        ) : !units.data ? (
          <Skeleton active />
        ) : (
          <UnitsCard report={units.data} />
        )}
      </Flex>
    </PageFrame>
  );
}

function CoverageCard({ report, basePath }: { report: CoverageReport; basePath: string }) {
  const { t } = useTranslation('training');
  const childrenBox = useScrollRegion(t('reports.coverage.children'));
  const coursesBox = useScrollRegion(t('reports.coverage.courses'));
  const c = (key: string) => t(`reports.column.${key}`);
  const share = (value: number | null, testId?: string) =>
    value === null ? (
      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
    ) : (
      <Progress
        percent={value}
        size="small"
        format={() => t('common.percent', { value })}
        aria-label={t('common.percent', { value })}
        style={{ margin: 0, minWidth: 120 }}
        data-testid={testId}
      />
    );
  return (
    <Card size="small" title={t('reports.coverage.title')} data-testid="reports-coverage">
      {report.staff === 0 ? (
        <Alert type="info" showIcon title={t('reports.coverage.noStaff')} data-testid="reports-coverage-empty" />
      ) : (
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} sm={8} style={{ textAlign: 'center' }}>
            <Progress
              type="dashboard"
              percent={report.share ?? 0}
              format={() => percentText(t, report.share)}
              aria-label={t('reports.coverage.share')}
              data-testid="reports-coverage-share"
            />
          </Col>
          <Col xs={12} sm={8}>
            <Statistic title={t('reports.coverage.staff')} value={report.staff} data-testid="reports-coverage-staff" />
          </Col>
          <Col xs={12} sm={8}>
            <Statistic
              title={t('reports.coverage.covered')}
              value={report.covered}
              data-testid="reports-coverage-covered"
            />
          </Col>
        </Row>
      )}
      {report.noneRequired > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="reports-coverage-none-required">
          {t('reports.coverage.noneRequired', { count: report.noneRequired })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('reports.coverage.children')}</Typography.Title>
      <div ref={childrenBox}>
        <Table
          rowKey="unitId"
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={report.children}
          locale={{ emptyText: <Empty description={t('reports.coverage.noChildren')} /> }}
          columns={[
            {
              key: 'rank',
              title: '#',
              width: 48,
              render: (_, _row, index) => <span style={tabular}>{index + 1}</span>,
            },
            {
              key: 'unit',
              title: c('unit'),
              width: 160,
              render: (_, row) => (
                <Link
                  to={`${basePath}/enrolments?unitId=${row.unitId}`}
                  title={t('reports.coverage.openUnit', { unit: row.name })}
                  data-testid={`reports-coverage-unit-${row.unitId}`}
                >
                  {row.name}
                </Link>
              ),
            },
            { key: 'staff', title: c('staff'), dataIndex: 'staff', width: 90, align: 'right' },
            { key: 'covered', title: c('covered'), dataIndex: 'covered', width: 100, align: 'right' },
            { key: 'share', title: c('share'), width: 170, render: (_, row) => share(row.share) },
          ]}
          data-testid="reports-coverage-children"
        />
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('reports.coverage.courses')}
      </Typography.Title>
      <div ref={coursesBox}>
        <Table
          rowKey="courseId"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={report.courses}
          locale={{ emptyText: <Empty description={t('reports.coverage.noCourses')} /> }}
          columns={[
            {
              key: 'course',
              title: c('course'),
              width: 200,
              render: (_, row) => (
                <Flex vertical>
                  <span style={{ overflowWrap: 'anywhere' }}>{row.title}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.unitName}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'staff', title: c('staff'), dataIndex: 'staff', width: 90, align: 'right' },
            { key: 'completed', title: c('completed'), dataIndex: 'completed', width: 90, align: 'right' },
            {
              key: 'share',
              title: c('share'),
              width: 170,
              render: (_, row) => share(row.share, `reports-course-share-${row.courseId}`),
            },
          ]}
          data-testid="reports-coverage-courses"
        />
      </div>
    </Card>
  );
}

function UnitsCard({ report }: { report: UnitsReport }) {
  const { t } = useTranslation('training');
  const box = useScrollRegion(t('reports.units.title'));
  const name = report.unit.name;
  // The unit's own people and the whole subtree below the units (the columns sort the units only).
  const summary = [
    { key: 'own', label: t('reports.units.own', { unit: name }), figures: report.own },
    { key: 'totals', label: t('reports.units.totals', { unit: name }), figures: report.totals },
  ];
  return (
    <Card size="small" title={t('reports.units.title')} data-testid="reports-units">
      <Flex vertical gap={16}>
        {report.totals.enrolled === 0 ? (
          <Alert type="info" showIcon title={t('reports.units.noEnrolments')} data-testid="reports-units-empty" />
        ) : (
          <FigureCards figures={report.totals} testId="reports-units-figures" />
        )}
        <div ref={box}>
          <Table<FigureRow>
            rowKey="unitId"
            size="small"
            pagination={false}
            scroll={{ x: 900 }}
            dataSource={report.children}
            locale={{ emptyText: t('reports.units.noChildren') }}
            columns={[
              {
                key: 'unit',
                title: t('reports.column.unit'),
                dataIndex: 'name',
                width: 160,
                fixed: 'left',
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
              },
              ...figureColumns<FigureRow>(t),
            ]}
            summary={() =>
              summary.map((line) => (
                <Table.Summary.Row key={line.key} data-testid={`reports-units-${line.key}`}>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{line.label}</Typography.Text>
                  </Table.Summary.Cell>
                  {figureKeys.map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 1} align="right">
                      <span style={tabular}>{figureText(t, line.figures, key)}</span>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              ))
            }
            data-testid="reports-units-table"
          />
        </div>
        {report.children.length > 0 && (
          <Chart option={completionOption(report, t)} label={t('reports.units.chart')} testId="reports-units-chart" />
        )}
      </Flex>
    </Card>
  );
}

function completionOption(report: UnitsReport, t: TFunction) {
  const label = t('reports.figure.completionRate');
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => percentText(t, v ?? null) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: report.children.map((u) => u.name),
      axisLabel: { interval: 0, rotate: report.children.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: label, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ name: label, type: 'bar', color: '#52c41a', data: report.children.map((u) => u.completionRate) }],
  };
}

function reportSheets(coverage: CoverageReport, units: UnitsReport, t: TFunction): XlsxSheet[] {
  const c = (key: string) => t(`training:reports.column.${key}`);
  const name = units.unit.name;
  return [
    {
      name: t('training:reports.coverage.sheet'),
      header: [c('unit'), c('staff'), c('covered'), c('share'), c('noneRequired')],
      body: [[coverage.unit.name, coverage.staff, coverage.covered, coverage.share, coverage.noneRequired]],
    },
    {
      name: t('training:reports.coverage.childrenSheet'),
      header: [c('unit'), c('staff'), c('covered'), c('share'), c('noneRequired')],
      body: coverage.children.map((u) => [u.name, u.staff, u.covered, u.share, u.noneRequired]),
    },
    {
      name: t('training:reports.coverage.coursesSheet'),
      header: [c('course'), c('courseUnit'), c('staff'), c('completed'), c('share')],
      body: coverage.courses.map((r) => [r.title, r.unitName, r.staff, r.completed, r.share]),
    },
    {
      name: t('training:reports.units.sheet'),
      header: [c('unit'), ...figureHeader(t)],
      body: [
        [t('training:reports.units.totals', { unit: name }), ...figureCells(units.totals)],
        [t('training:reports.units.own', { unit: name }), ...figureCells(units.own)],
        ...units.children.map((u) => [u.name, ...figureCells(u)]),
      ],
    },
  ];
}
