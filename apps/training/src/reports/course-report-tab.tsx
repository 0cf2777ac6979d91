// A course's figures (its page's 统计 tab): the enrolments of every learners' unit counted (enrolled, in progress,
// completed, withdrawn, overdue, average score, completion rate), the same per learners' unit (sortable), and the last
// 12 months' enrolments and completions as a chart (ECharts loading with it) and a table for screen readers; all of it
// as a workbook.
import { ErrorAlert, useScrollRegion } from '@strata/ui';
import { Chart } from '@strata/ui/charts';
import type { XlsxSheet } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Skeleton, Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { ExportWorkbook, FigureCards, figureCells, figureColumns, figureHeader } from './report-parts';
import type { CourseReport, FigureRow } from './report-types';

export function CourseReportTab({
  courseId,
}: {
  courseId: number;
  unitId: number;
  basePath: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const report = useQuery(trpc.training.reports.course.queryOptions({ courseId }));
  const unitsBox = useScrollRegion(t('reports.course.units'));
  const monthsBox = useScrollRegion(t('reports.course.months'));
  if (report.error) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  if (!data) return <Skeleton active />;
  const c = (key: string) => t(`reports.column.${key}`);
  return (
    <Flex vertical gap={16} data-testid="course-report">
      <Flex justify="flex-end">
        <ExportWorkbook
          fileName={t('reports.courseFileName', { course: data.course.title })}
          sheets={() => courseSheets(data, t)}
          testId="course-report-export"
        />
      </Flex>
      {data.totals.enrolled === 0 ? (
        <Alert type="info" showIcon title={t('reports.course.noUnits')} data-testid="course-report-empty" />
      ) : (
        <FigureCards figures={data.totals} testId="course-report-figures" />
      )}
      <Card size="small" title={t('reports.course.units')}>
        <div ref={unitsBox}>
          <Table<FigureRow>
            rowKey="unitId"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            dataSource={data.units}
            locale={{ emptyText: t('reports.none') }}
            columns={[
              {
                key: 'unit',
                title: c('unit'),
                dataIndex: 'name',
                width: 160,
                fixed: 'left',
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
              },
              ...figureColumns<FigureRow>(t),
            ]}
            data-testid="course-report-units"
          />
        </div>
      </Card>
      <Card size="small" title={t('reports.course.months')}>
        <Chart option={monthsOption(data, t)} label={t('reports.course.months')} testId="course-report-chart" />
        <div ref={monthsBox}>
          <Table
            rowKey="month"
            size="small"
            pagination={false}
            scroll={{ x: 360 }}
            dataSource={data.months}
            locale={{ emptyText: t('reports.none') }}
            columns={[
              { key: 'month', title: c('month'), dataIndex: 'month' },
              { key: 'enrolled', title: t('reports.figure.enrolled'), dataIndex: 'enrolled', align: 'right' },
              { key: 'completed', title: t('reports.figure.completed'), dataIndex: 'completed', align: 'right' },
            ]}
            data-testid="course-report-months"
          />
        </div>
      </Card>
    </Flex>
  );
}

function monthsOption(data: CourseReport, t: TFunction) {
  const enrolled = t('reports.figure.enrolled');
  const completed = t('reports.figure.completed');
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [enrolled, completed], top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: enrolled, type: 'bar', color: '#1677ff', data: data.months.map((m) => m.enrolled) },
      { name: completed, type: 'bar', color: '#52c41a', data: data.months.map((m) => m.completed) },
    ],
  };
}

function courseSheets(data: CourseReport, t: TFunction): XlsxSheet[] {
  const c = (key: string) => t(`training:reports.column.${key}`);
  return [
    {
      name: t('training:reports.course.figuresSheet'),
      header: [t('training:common.course'), c('courseUnit'), ...figureHeader(t)],
      body: [[data.course.title, data.course.unitName, ...figureCells(data.totals)]],
    },
    {
      name: t('training:reports.course.unitsSheet'),
      header: [c('unit'), ...figureHeader(t)],
      body: data.units.map((u) => [u.name, ...figureCells(u)]),
    },
    {
      name: t('training:reports.course.monthsSheet'),
      header: [c('month'), t('training:reports.figure.enrolled'), t('training:reports.figure.completed')],
      body: data.months.map((m) => [m.month, m.enrolled, m.completed]),
    },
  ];
}
