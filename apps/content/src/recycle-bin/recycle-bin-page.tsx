import { recycleBinDays } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, PageFrame, Permitted, useTablePaging } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Popconfirm, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../articles/status-tag';
import type { RecycleBinRow } from '../common/api-types';
import { useTRPC } from '../trpc';
import { RecycleBinRowActions } from './recycle-bin-row-actions';
import { useRecycleBinActions } from './use-recycle-bin-actions';

/**
 * The recycle bin of the current unit's subtree: what was deleted after it was public, for 30 days. The app
 * mounts it per unit, so another unit in the switcher starts on its first page with no search.
 */
export function RecycleBinPage({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const { page, pageSize, reset, pagination } = useTablePaging(t);
  const [search, setSearch] = useState<string>();
  const bin = useQuery({
    ...trpc.content.recycleBin.list.queryOptions({ unitId, page, pageSize, ...(search && { search }) }),
    placeholderData: keepPreviousData,
  });
  const actions = useRecycleBinActions();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const expired = bin.data?.mayPurgeExpired ? bin.data.expired : 0;
  // On a phone the table scrolls sideways; with nothing in it to tab to (an empty bin, rows without actions)
  // the scrolling region itself takes the keyboard's focus, named, so it can still be scrolled.
  const tableBox = useRef<HTMLDivElement>(null);
  const tableLabel = t('recycleBin.table.label');
  useEffect(() => {
    const region = tableBox.current?.querySelector<HTMLElement>('.ant-table-content');
    if (!region) return;
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', tableLabel);
  });

  const columns: TableProps<RecycleBinRow>['columns'] = [
    { key: 'title', title: t('recycleBin.table.titleCol'), dataIndex: 'title' },
    { key: 'unit', title: t('recycleBin.table.unit'), dataIndex: 'unitName' },
    { key: 'column', title: t('recycleBin.table.column'), dataIndex: 'columnName' },
    {
      key: 'status',
      title: t('recycleBin.table.status'),
      render: (_, row) => <StatusTag status={row.status} />,
    },
    { key: 'deletedBy', title: t('recycleBin.table.deletedBy'), dataIndex: 'deletedByName' },
    { key: 'deletedAt', title: t('recycleBin.table.deletedAt'), render: (_, row) => date(row.deletedAt) },
    {
      key: 'daysLeft',
      title: t('recycleBin.table.daysLeft'),
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
      title: t('recycleBin.table.actions'),
      render: (_, row) => <RecycleBinRowActions row={row} actions={actions} />,
    },
  ];

  return (
    <PageFrame
      title={t('recycleBin.title')}
      testId="recycle-bin-page"
      extra={
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
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('recycleBin.intro', { days: recycleBinDays })}
      </Typography.Paragraph>
      <Input.Search
        aria-label={t('recycleBin.search')}
        data-neutral
        placeholder={t('recycleBin.search')}
        style={{ maxWidth: 320 }}
        allowClear
        onSearch={(value) => {
          setSearch(value.trim() || undefined);
          reset();
        }}
      />
      {bin.error && <ErrorAlert error={bin.error} onRetry={() => bin.refetch()} />}
      <div ref={tableBox}>
        <Table<RecycleBinRow>
          data-testid="recycle-bin-table"
          aria-label={tableLabel}
          rowKey="id"
          size="middle"
          loading={bin.isFetching}
          columns={columns}
          dataSource={bin.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('recycleBin.empty')} /> }}
          scroll={{ x: 'max-content' }}
          pagination={pagination(bin.data?.total)}
        />
      </div>
    </PageFrame>
  );
}
