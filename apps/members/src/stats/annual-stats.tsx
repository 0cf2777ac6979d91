// The annual statistics (年报): the years taken (when and by whom), taking the last year that is over (only for who holds
// members.snapshot at the top unit, as the server says; asked first, since it freezes the figures for good), and a
// year's tables for the current unit's subtree, compared with today's if wished, exported as a workbook in the
// reader's language (exceljs loads only then).
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert, errorMessage, Permitted, useScrollRegion } from '@strata/ui';
import { downloadBlob, writeXlsxBook } from '@strata/ui/list-page';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStats, SnapshotList } from '../common/api-types';
import { useTRPC } from '../trpc';
import { ReportTableView } from './report-table-view';
import { snapshotReport, snapshotSheets } from './stats-view';

type Props = {
  unitId: number;
  /** The year opened (from the URL), and how to open another. */
  year: number | undefined;
  onOpen: (year: number) => void;
  /** Today's figures of the same unit, to compare a year's with. */
  live: LiveStats | undefined;
};

export function AnnualStats({ unitId, year, onOpen, live }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const list = useQuery(trpc.members.stats.snapshots.queryOptions({}));
  return (
    <Flex vertical gap="middle" data-testid="stats-annual">
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <Skeleton active />
      ) : (
        <Card size="small" title={t('stats.annual.list')}>
          <Flex vertical gap="middle">
            <TakeSnapshot latest={list.data.latest} onTaken={onOpen} />
            <TakenYears years={list.data.years} open={year} onOpen={onOpen} />
          </Flex>
        </Card>
      )}
      {year !== undefined && <YearReport year={year} unitId={unitId} live={live} />}
    </Flex>
  );
}

/** The last year that is over: taken already, or the action to take it (asked first), its progress and refusal. */
function TakeSnapshot({ latest, onTaken }: { latest: SnapshotList['latest']; onTaken: (year: number) => void }) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const take = useMutation(
    trpc.members.stats.takeSnapshot.mutationOptions({
      onSuccess: async (taken) => {
        message.success(t('stats.annual.taken', { year: taken.year, rows: taken.rows }));
        await queryClient.invalidateQueries({ queryKey: trpc.members.stats.snapshots.queryKey() });
        onTaken(taken.year);
      },
    }),
  );
  const { year } = latest;
  if (latest.taken)
    return (
      <Typography.Text type="secondary" data-testid="stats-latest-taken">
        {t('stats.annual.latestTaken', { year })}
      </Typography.Text>
    );
  if (!latest.mayTake) return null;

  const ask = () =>
    modal.confirm({
      title: t('stats.annual.takeTitle', { year }),
      content: t('stats.annual.takeText', { day: formatCalendarDay(`${year}-12-31`, i18n.language) }),
      okText: t('stats.annual.takeOk'),
      okButtonProps: { 'data-testid': 'stats-take-ok' } as Record<string, string>,
      // The dialog's button spins until the server answers; a refusal shows beside the action.
      onOk: async () => {
        await take.mutateAsync({ year }).catch(() => undefined);
      },
    });

  return (
    <Flex vertical gap={8} align="start">
      <Permitted permission="members.snapshot">
        <Button type="primary" onClick={ask} loading={take.isPending} data-testid="stats-take">
          {t('stats.annual.take', { year })}
        </Button>
      </Permitted>
      {take.isPending && (
        <Typography.Text type="secondary" role="status" data-testid="stats-taking">
          {t('stats.annual.taking', { year })}
        </Typography.Text>
      )}
      {take.error && (
        <Alert
          type="error"
          showIcon
          title={t('stats.annual.takeFailed')}
          description={errorMessage(take.error, t)}
          data-testid="stats-take-error"
        />
      )}
    </Flex>
  );
}

function TakenYears({
  years,
  open,
  onOpen,
}: {
  years: SnapshotList['years'];
  open: number | undefined;
  onOpen: (year: number) => void;
}) {
  const { t, i18n } = useTranslation('members');
  const a = (key: string) => t(`stats.annual.${key}`);
  const box = useScrollRegion(a('year'));
  return (
    <div ref={box}>
      <Table<SnapshotList['years'][number]>
        size="small"
        rowKey="year"
        dataSource={years}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={a('none')} data-testid="stats-annual-empty" /> }}
        rowClassName={(row) => (row.year === open ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'year', title: a('year'), render: (_, row) => t('stats.annual.yearLabel', { year: row.year }) },
          { key: 'asOf', title: a('asOf'), render: (_, row) => formatCalendarDay(row.asOf, i18n.language) },
          { key: 'takenAt', title: a('takenAt'), render: (_, row) => formatDateTime(row.takenAt, i18n.language) },
          // Who took it: the account's name, unknown once the account is gone.
          { key: 'takenBy', title: a('takenBy'), render: (_, row) => row.takenByName ?? a('takenByUnknown') },
          {
            key: 'open',
            title: '',
            render: (_, row) => (
              <Button
                type="link"
                size="small"
                disabled={row.year === open}
                onClick={() => onOpen(row.year)}
                data-testid={`stats-open-${row.year}`}
                data-neutral
              >
                {a('open')}
              </Button>
            ),
          },
        ]}
        data-testid="stats-years"
      />
    </div>
  );
}

/** A year's tables for the unit's subtree, and their workbook. */
function YearReport({ year, unitId, live }: { year: number; unitId: number; live: LiveStats | undefined }) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const trpc = useTRPC();
  const { message } = App.useApp();
  const tables = useQuery(trpc.members.stats.snapshotTables.queryOptions({ year, unitId }));
  const [compare, setCompare] = useState(false);
  const [exporting, setExporting] = useState(false);
  if (tables.error) return <ErrorAlert error={tables.error} onRetry={() => tables.refetch()} />;
  if (!tables.data) return <Skeleton active />;
  const data = tables.data;
  const comparable = live !== undefined && live.unit.id === data.unit.id;
  const report = snapshotReport(data, t, language, compare && comparable ? live.members : undefined);

  const exportBook = async () => {
    setExporting(true);
    try {
      const blob = await writeXlsxBook(snapshotSheets(data, t, language));
      downloadBlob(`${t('stats.report.fileName', { year: data.year, unit: data.unit.name })}.xlsx`, blob);
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('stats.report.title', { year: data.year, unit: data.unit.name })}
      data-testid="stats-report"
      extra={
        <Button onClick={exportBook} loading={exporting} data-testid="stats-export" data-neutral>
          {t('stats.report.export')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Flex wrap gap="small" justify="space-between" align="center">
          <Typography.Text type="secondary">
            {t('stats.report.asOf', {
              day: formatCalendarDay(data.asOf, language),
              takenAt: formatDateTime(data.takenAt, language),
            })}
          </Typography.Text>
          {comparable && (
            <Flex align="center" gap={8}>
              <Switch
                id="stats-compare"
                size="small"
                checked={compare}
                onChange={setCompare}
                data-testid="stats-compare"
                data-neutral
              />
              <label htmlFor="stats-compare">{t('stats.report.compare')}</label>
            </Flex>
          )}
        </Flex>
        {report.map((table) => (
          <ReportTableView
            key={table.key}
            table={table}
            caption
            empty={table.key === 'units' ? t('stats.noChildren') : undefined}
            testId={`stats-report-${table.key}`}
          />
        ))}
      </Flex>
    </Card>
  );
}
