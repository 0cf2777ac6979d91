import { recycleBinDays } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { type ExportColumn, type ListColumn, ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../articles/status-tag';
import type { RecycleBinRow } from '../common/api-types';
import { usePageMessages } from '../common/page-messages';
import { useTRPC, useTRPCClient } from '../trpc';
import { recycleBinListSpec } from './recycle-bin-list-spec';
import { recycleBinMessages } from './recycle-bin-messages';
import { RecycleBinRowActions } from './recycle-bin-row-actions';
import { useRecycleBinActions } from './use-recycle-bin-actions';

/** The recycle bin of the current unit's subtree: what was deleted after it was public, for 30 days. */
export function RecycleBinPage({ unitId }: { unitId: number }) {
  usePageMessages('recycleBin', recycleBinMessages);
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(recycleBinListSpec, { scope: unitId });
  const { q } = list.query.filters;
  // The table and the export ask for the same rows.
  const filter = { unitId, ...(q ? { search: q } : {}) };
  const bin = useQuery({
    ...trpc.content.recycleBin.list.queryOptions({ ...filter, page: list.query.page, pageSize: list.query.pageSize }),
    placeholderData: keepPreviousData,
  });
  const actions = useRecycleBinActions();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const expired = bin.data?.mayPurgeExpired ? bin.data.expired : 0;
  const head = (key: string) => t(`recycleBin.table.${key}`);

  const columns: ListColumn<RecycleBinRow>[] = [
    { key: 'title', title: head('titleCol'), dataIndex: 'title', ellipsis: true, width: 280 },
    { key: 'unit', title: head('unit'), dataIndex: 'unitName', ellipsis: true, width: 160 },
    { key: 'column', title: head('column'), dataIndex: 'columnName', width: 120 },
    { key: 'status', title: head('status'), width: 100, render: (_, row) => <StatusTag status={row.status} /> },
    { key: 'deletedBy', title: head('deletedBy'), dataIndex: 'deletedByName', width: 120 },
    { key: 'deletedAt', title: head('deletedAt'), width: 170, render: (_, row) => date(row.deletedAt) },
    {
      key: 'daysLeft',
      title: head('daysLeft'),
      width: 120,
      render: (_, row) => (
        <Tooltip title={date(row.restorableUntil)}>
          {row.daysLeft > 0 ? (
            <Tag color={row.daysLeft <= 7 ? 'gold' : 'default'}>
              {t('recycleBin.daysLeft', { count: row.daysLeft })}
            </Tag>
          ) : (
            <Tag color="red">{t('recycleBin.expired')}</Tag>
          )}
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: head('actions'),
      width: 150,
      render: (_, row) => <RecycleBinRowActions row={row} actions={actions} />,
    },
  ];
  const exportColumns: ExportColumn<RecycleBinRow>[] = [
    { title: head('titleCol'), value: (row) => row.title },
    { title: head('unit'), value: (row) => row.unitName },
    { title: head('column'), value: (row) => row.columnName },
    { title: head('status'), value: (row) => t(`articleStatus.${row.status}`) },
    { title: head('deletedBy'), value: (row) => row.deletedByName },
    { title: head('deletedAt'), value: (row) => date(row.deletedAt) },
    { title: t('recycleBin.table.restorableUntil'), value: (row) => date(row.restorableUntil) },
  ];

  return (
    <PageFrame title={t('recycleBin.title')} testId="recycle-bin-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('recycleBin.intro', { days: recycleBinDays })}
      </Typography.Paragraph>
      <ListTable
        listId="content.recycleBin"
        label={t('recycleBin.table.label')}
        userId={access.userId}
        testId="recycle-bin"
        list={list}
        rowKey="id"
        columns={columns}
        result={bin}
        scrollX={1200}
        emptyText={t('recycleBin.empty')}
        searchFields={[
          {
            name: 'q',
            label: t('recycleBin.search'),
            input: <Input type="search" allowClear maxLength={50} data-testid="recycle-bin-search" />,
          },
        ]}
        actions={
          expired > 0 && (
            <Popconfirm
              title={t('recycleBin.purgeExpiredTitle', { count: expired, days: recycleBinDays })}
              description={t('recycleBin.purgeExpiredConfirm')}
              okButtonProps={{ danger: true }}
              okText={t('recycleBin.purge')}
              onConfirm={() => actions.purgeExpired.mutate({ unitId })}
            >
              <Permitted permission="content.purge" unitId={unitId}>
                <Button danger loading={actions.purgeExpired.isPending} data-testid="bin-purge-expired">
                  {t('recycleBin.purgeExpired', { count: expired })}
                </Button>
              </Permitted>
            </Popconfirm>
          )
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.content.recycleBin.list.query({ ...filter, page, pageSize }, { signal }),
          columns: exportColumns,
          fileName: t('recycleBin.title'),
        }}
      />
    </PageFrame>
  );
}
