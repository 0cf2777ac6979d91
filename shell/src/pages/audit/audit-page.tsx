import { formatDateTimeSeconds } from '@strata/i18n';
import { ErrorAlert, ExportCsvButton, PageFrame, useTablePaging } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { auditCsvColumns } from './audit-csv';
import { AuditDetails } from './audit-details';
import { AuditFilterBar } from './audit-filter-bar';
import { useAuditFilters } from './audit-filters';
import { actionLabel, entityKindLabel, objectName } from './audit-words';

/** The append-only audit log of the current unit's subtree, newest first, filtered as the address says. */
export default function AuditPage() {
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { unitId } = useCurrentUnit();
  const paging = useTablePaging(t);
  const { filters, update, reset } = useAuditFilters();
  const [open, setOpen] = useState<AuditRow | undefined>();
  // The table and the export ask for the same entries.
  const filter = { unitId, ...filters };
  const list = useQuery({
    ...trpc.identity.audit.list.queryOptions({ ...filter, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });
  const change = (next: Parameters<typeof update>[0]) => {
    update(next);
    paging.reset();
  };
  const columns: TableColumnsType<AuditRow> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 190,
      render: (at: string) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDateTimeSeconds(at, i18n.language)}</span>
      ),
    },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 140, render: (name: string | null) => name ?? '—' },
    { title: t('audit.unit'), dataIndex: 'unitName', width: 160 },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 170,
      render: (value: string) => <Tag title={value}>{actionLabel(tr, value)}</Tag>,
    },
    {
      title: t('audit.entity'),
      key: 'object',
      render: (_, row) => (
        <Space size={4} wrap>
          <Typography.Text type="secondary">{entityKindLabel(tr, row.entity)}</Typography.Text>
          <Typography.Text data-testid="audit-object" type={row.labelWithheld ? 'secondary' : undefined}>
            {objectName(tr, row)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '',
      key: 'details',
      width: 80,
      render: (_, row) => (
        <Button type="link" size="small" data-neutral data-testid="audit-details-open" onClick={() => setOpen(row)}>
          {t('audit.details')}
        </Button>
      ),
    },
  ];
  return (
    <PageFrame
      title={t('audit.title')}
      testId="audit-page"
      extra={
        <ExportCsvButton
          fetchPage={(page, pageSize, signal) =>
            client.identity.audit.list.query({ ...filter, page, pageSize }, { signal })
          }
          columns={auditCsvColumns(tr, i18n.language)}
          fileName={t('audit.title')}
          testId="audit-export"
        />
      }
    >
      <AuditFilterBar
        filters={filters}
        onChange={change}
        onReset={() => {
          reset();
          paging.reset();
        }}
      />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AuditRow>
        rowKey="id"
        data-testid="audit-table"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={paging.pagination(list.data?.total)}
        scroll={{ x: 960 }}
      />
      <AuditDetails row={open} unitId={unitId} onClose={() => setOpen(undefined)} />
    </PageFrame>
  );
}
