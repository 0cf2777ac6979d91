import { baseResources, formatDateTime } from '@strata/i18n';
import { ErrorAlert, ExportCsvButton, PageFrame, useTablePaging } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';
import { useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { AuditChange } from './audit-change';
import { auditCsvColumns } from './audit-csv';

const coreActions = baseResources['zh-CN'].domain.auditAction;

/** The append-only audit log of the current unit's subtree, newest first. */
export default function AuditPage() {
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { unitId } = useCurrentUnit();
  const [action, setAction] = useState('');
  const manifest = useRemoteManifest();
  const paging = useTablePaging(t);
  // The table and the export ask for the same entries.
  const filter = { unitId, action: action || undefined };
  const list = useQuery({
    ...trpc.identity.audit.list.queryOptions({ ...filter, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });
  const actionLabel = (code: string) => t(`domain:auditAction.${code}`, { defaultValue: code });
  // Every team's actions, as the manifest labels them; the spine's own until it arrives.
  const actionCodes = Object.keys(manifest.data?.labels['zh-CN']?.auditAction ?? coreActions);
  const actionOptions = actionCodes.map((code) => ({ value: code, label: actionLabel(code) }));
  const columns: TableColumnsType<AuditRow> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 180,
      render: (at: string) => formatDateTime(at, i18n.language),
    },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (name: string | null) => name ?? '—' },
    { title: t('audit.unit'), dataIndex: 'unitName', width: 160 },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 180,
      render: (value: string) => <Tag title={value}>{actionLabel(value)}</Tag>,
    },
    { title: t('audit.entity'), render: (_, row) => `${row.entity} #${row.entityId}` },
  ];
  return (
    <PageFrame
      title={t('audit.title')}
      testId="audit-page"
      extra={
        <Space wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.actionFilter')}
            aria-label={t('audit.action')}
            data-testid="audit-action-filter"
            style={{ width: 220 }}
            value={action || undefined}
            options={actionOptions}
            onChange={(value?: string) => {
              setAction(value ?? '');
              paging.reset();
            }}
          />
          <ExportCsvButton
            fetchPage={(page, pageSize, signal) =>
              client.identity.audit.list.query({ ...filter, page, pageSize }, { signal })
            }
            columns={auditCsvColumns(t, i18n.language)}
            fileName={t('audit.title')}
            testId="audit-export"
          />
        </Space>
      }
    >
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AuditRow>
        rowKey="id"
        data-testid="audit-table"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={paging.pagination(list.data?.total)}
        expandable={{ expandedRowRender: (row) => <AuditChange row={row} /> }}
        scroll={{ x: 800 }}
      />
    </PageFrame>
  );
}
