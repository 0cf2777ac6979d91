// The hours of the current unit's subtree, the approval queue first (pending by default; appealed, declined and
// approved a filter away), the state in the URL. A certifier of an entry's unit approves it, declines it with a reason
// (the entry stays, never deleted), or selects rows and approves up to 1,000 at once; every entry's trail opens in a
// drawer, and an appealed entry shows the volunteer's word.
import { formatMinutes, hourStatuses, volunteerLimits } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, PageFrame, Permitted, useAccess } from '@strata/ui';
import { type ExportColumn, idParam, type ListColumn, ListTable, oneOfParam, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Drawer, Flex, Select, Skeleton, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApproveResult, HourRow } from '../common/api-types';
import { HourStatusTag, tabular } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { useTRPC, useTRPCClient } from '../trpc';
import { ActivitySelect } from './activity-select';

export const hoursSpec = {
  filters: {
    status: oneOfParam(['all', ...hourStatuses] as const),
    /** One activity's entries (a notice of hours awaiting approval opens the page on its activity). */
    activityId: idParam,
  },
  sorts: [] as never[],
};

/**
 * antd copies a scrolling table's header into a hidden row (aria-hidden, no height) to measure the columns, the
 * select-all box with it: a focus stop nobody sees, which screen readers are told is not there. The copy is taken
 * out of the tab order (after every render, and when the table redraws it).
 */
function useUntabbableMeasureRow() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const untab = () => {
      for (const el of root.querySelectorAll<HTMLElement>(
        '.ant-table-measure-row input, .ant-table-measure-row button',
      ))
        if (el.tabIndex !== -1) el.tabIndex = -1;
    };
    untab();
    const watch = new MutationObserver(untab);
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, []);
  return box;
}

export function HoursPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('volunteers');
  const tableBox = useUntabbableMeasureRow();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const list = useListQuery(hoursSpec, { scope: unitId });
  const status = list.query.filters.status ?? 'pending';
  const { activityId } = list.query.filters;
  const input = {
    unitId,
    ...(status !== 'all' && { status }),
    ...(activityId !== undefined && { activityId }),
    page: list.query.page,
    pageSize: list.query.pageSize,
  };
  const result = useQuery({ ...trpc.volunteers.hours.list.queryOptions(input), placeholderData: keepPreviousData });
  const [declining, setDeclining] = useState<HourRow>();
  const [history, setHistory] = useState<HourRow>();
  const [bulk, setBulk] = useState<ApproveResult & { asked: number }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
  const approve = useMutation(
    trpc.volunteers.hours.approve.mutationOptions({
      onSuccess: async (done, sent) => {
        if (sent.ids.length === 1) message.success(t('hours.approvedOne'));
        else setBulk({ ...done, asked: sent.ids.length });
        await refresh();
      },
    }),
  );
  const decline = useMutation(
    trpc.volunteers.hours.decline.mutationOptions({
      onSuccess: async () => {
        message.success(t('hours.declined'));
        setDeclining(undefined);
        await refresh();
      },
    }),
  );
  const decidable = (row: HourRow) => row.status === 'pending' || row.status === 'appealed';
  const certifies = (row: HourRow) => access.can('volunteers.certify', row.unitId);

  const askBulk = (rows: HourRow[], clear: () => void) => {
    const chosen = rows.filter((r) => decidable(r) && certifies(r)).slice(0, volunteerLimits.bulkHours);
    const minutes = chosen.reduce((n, r) => n + r.minutes, 0);
    modal.confirm({
      title: t('hours.bulkTitle', { count: chosen.length }),
      content: t('hours.bulkText', {
        count: chosen.length,
        hours: formatMinutes(minutes),
        skipped: rows.length - chosen.length,
      }),
      okText: t('hours.approve'),
      okButtonProps: { 'data-testid': 'hours-bulk-ok', disabled: chosen.length === 0 } as ButtonProps,
      onOk: () =>
        approve
          .mutateAsync({ ids: chosen.map((r) => r.id) })
          .then(clear)
          .catch(() => undefined),
    });
  };

  const columns: ListColumn<HourRow>[] = [
    {
      key: 'volunteer',
      title: t('hours.columns.volunteer'),
      width: 110,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/people/${row.volunteerId}`} data-testid={`hour-volunteer-${row.id}`}>
          {row.volunteerName}
        </Link>
      ),
    },
    {
      key: 'activity',
      title: t('hours.columns.activity'),
      width: 200,
      render: (_, row) => (
        <Link to={`${basePath}/activities/${row.activityId}`} style={{ overflowWrap: 'anywhere' }}>
          {row.activityTitle}
        </Link>
      ),
    },
    { key: 'servedOn', title: t('hours.columns.servedOn'), dataIndex: 'servedOn', width: 110 },
    {
      key: 'hours',
      title: t('hours.columns.hours'),
      width: 80,
      render: (_, row) => <span style={tabular}>{formatMinutes(row.minutes)}</span>,
    },
    { key: 'unit', title: t('hours.columns.unit'), dataIndex: 'unitName', width: 140, ellipsis: true },
    {
      key: 'status',
      title: t('hours.columns.status'),
      width: 220,
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <HourStatusTag status={row.status} testId={`hour-status-${row.id}`} />
          {row.reason && row.status !== 'approved' && (
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {t('hours.reason', { reason: row.reason })}
            </Typography.Text>
          )}
          {row.appeal && (
            <Typography.Text style={{ overflowWrap: 'anywhere' }} data-testid={`hour-appeal-${row.id}`}>
              {t('hours.appeal', { appeal: row.appeal })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      width: 190,
      render: (_, row) => (
        <Flex wrap gap={4}>
          {decidable(row) && (
            <Permitted permission="volunteers.certify" unitId={row.unitId}>
              <Button
                size="small"
                type="link"
                loading={
                  approve.isPending && approve.variables?.ids.length === 1 && approve.variables.ids[0] === row.id
                }
                onClick={() => approve.mutate({ ids: [row.id] })}
                data-testid={`hour-approve-${row.id}`}
              >
                {t('hours.approve')}
              </Button>
            </Permitted>
          )}
          {decidable(row) && (
            <Permitted permission="volunteers.certify" unitId={row.unitId}>
              <Button
                size="small"
                type="link"
                danger
                onClick={() => setDeclining(row)}
                data-testid={`hour-decline-${row.id}`}
              >
                {t('hours.decline')}
              </Button>
            </Permitted>
          )}
          <Button
            size="small"
            type="link"
            onClick={() => setHistory(row)}
            data-neutral
            data-testid={`hour-history-${row.id}`}
          >
            {t('hours.history')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <PageFrame title={t('hours.title')} testId="hours-page">
      {approve.isError && <ErrorAlert error={approve.error} />}
      {bulk && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setBulk(undefined) }}
          title={t('hours.bulkDone', { count: bulk.approved, hours: formatMinutes(bulk.minutes) })}
          data-testid="hours-bulk-done"
        />
      )}
      <div ref={tableBox}>
        <ListTable<HourRow, (typeof hoursSpec)['filters'], never>
          listId="volunteers.hours"
          label={t('hours.tableLabel')}
          userId={access.userId}
          testId="hours"
          list={list}
          rowKey="id"
          columns={columns}
          result={result}
          scrollX={1100}
          emptyText={status === 'pending' ? t('hours.emptyPending') : t('hours.empty')}
          searchFields={[
            {
              name: 'status',
              label: t('hours.filters.status'),
              input: (
                <Select
                  placeholder={t('hourStatus.pending')}
                  options={[
                    ...hourStatuses.map((value) => ({ value, label: t(`hourStatus.${value}`) })),
                    { value: 'all', label: t('hours.filters.all') },
                  ]}
                  data-testid="hours-filter-status"
                />
              ),
            },
            {
              name: 'activityId',
              label: t('hours.filters.activity'),
              input: <ActivitySelect unitId={unitId} placeholder={t('hours.filters.anyActivity')} />,
            },
          ]}
          batchActions={(rows, clear) => (
            <Permitted permission="volunteers.certify" unitId={unitId}>
              <Button
                type="primary"
                size="small"
                loading={approve.isPending}
                disabled={rows.length > volunteerLimits.bulkHours}
                onClick={() => askBulk(rows, clear)}
                data-testid="hours-bulk-approve"
              >
                {rows.length > volunteerLimits.bulkHours
                  ? t('hours.bulkTooMany', { max: volunteerLimits.bulkHours })
                  : t('hours.bulkApprove', { count: rows.length })}
              </Button>
            </Permitted>
          )}
          exporting={{
            fetchPage: (page, pageSize, signal) =>
              client.volunteers.hours.list.query({ ...input, page, pageSize }, { signal }),
            columns: hourExportColumns(t),
            fileName: t('hours.fileName'),
          }}
        />
      </div>
      <ReasonModal
        open={declining !== undefined}
        title={t('hours.declineTitle', { name: declining?.volunteerName ?? '', title: declining?.activityTitle ?? '' })}
        text={t('hours.declineText')}
        label={t('hours.declineReason')}
        okText={t('hours.decline')}
        danger
        mutation={decline}
        onSubmit={(reason) => declining && decline.mutate({ id: declining.id, reason })}
        onClose={() => setDeclining(undefined)}
        testId="hour-decline"
      />
      <HistoryDrawer row={history} onClose={() => setHistory(undefined)} language={i18n.language} />
    </PageFrame>
  );
}

function HistoryDrawer({
  row,
  onClose,
  language,
}: {
  row: HourRow | undefined;
  onClose: () => void;
  language: string;
}) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const history = useQuery({ ...trpc.volunteers.hours.history.queryOptions({ id: row?.id ?? 0 }), enabled: !!row });
  return (
    <Drawer
      open={row !== undefined}
      onClose={onClose}
      title={row && t('hours.historyTitle', { name: row.volunteerName, title: row.activityTitle })}
      size="default"
      destroyOnHidden
      data-testid="hour-history"
    >
      {history.error ? <ErrorAlert error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data === undefined ? (
        <Skeleton active />
      ) : history.data.length === 0 ? (
        <Typography.Text type="secondary">{t('hours.noHistory')}</Typography.Text>
      ) : (
        <Timeline
          items={history.data.map((step, index) => ({
            key: index,
            color: step.action === 'approved' ? 'green' : step.action === 'declined' ? 'red' : 'blue',
            content: (
              <Flex vertical>
                <Typography.Text strong>{t(`hours.action.${step.action}`)}</Typography.Text>
                <Typography.Text type="secondary">
                  {formatDateTime(step.at, language)}
                  {step.actorName ? ` · ${step.actorName}` : ''}
                </Typography.Text>
                {step.reason && <Typography.Text style={{ overflowWrap: 'anywhere' }}>{step.reason}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}

function hourExportColumns(t: TFunction): ExportColumn<HourRow>[] {
  const c = (key: string) => t(`volunteers:hours.columns.${key}`);
  return [
    { title: c('volunteer'), value: (r) => r.volunteerName },
    { title: c('activity'), value: (r) => r.activityTitle },
    { title: c('servedOn'), value: (r) => r.servedOn },
    { title: c('hours'), value: (r) => Number(formatMinutes(r.minutes)) },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('status'), value: (r) => t(`volunteers:hourStatus.${r.status}`) },
    { title: t('volunteers:hours.export.reason'), value: (r) => r.reason },
    { title: t('volunteers:hours.export.appeal'), value: (r) => r.appeal },
  ];
}
