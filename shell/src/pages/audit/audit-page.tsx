import { baseResources, formatDateTimeSeconds } from '@strata/i18n';
import { ErrorAlert, ExportCsvButton, PageFrame, useTablePaging } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';
import { useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { auditCsvColumns } from './audit-csv';
import { AuditDetails } from './audit-details';
import { useAuditFilters } from './audit-filters';
import { actionLabel, entityKindLabel, objectName } from './audit-words';

const coreLabels = baseResources['zh-CN'].domain;

/** The append-only audit log of the current unit's subtree, newest first, filtered as the address says. */
export default function AuditPage() {
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { unitId } = useCurrentUnit();
  const manifest = useRemoteManifest();
  const paging = useTablePaging(t);
  const { filters, update, reset } = useAuditFilters();
  const [actorSearch, setActorSearch] = useState('');
  const [open, setOpen] = useState<AuditRow | undefined>();
  const [searchText, setSearchText] = useState(filters.search ?? '');
  // The table and the export ask for the same entries.
  const filter = { unitId, ...filters };
  const list = useQuery({
    ...trpc.identity.audit.list.queryOptions({ ...filter, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });
  const actors = useQuery({
    ...trpc.identity.audit.actors.queryOptions({ unitId, search: actorSearch || undefined }),
    placeholderData: keepPreviousData,
  });
  const change = (next: Parameters<typeof update>[0]) => {
    update(next);
    paging.reset();
  };
  // Every team's actions and kinds of object, as the manifest labels them; the spine's own until it arrives.
  const labels = manifest.data?.labels['zh-CN'];
  const actionOptions = Object.keys(labels?.auditAction ?? coreLabels.auditAction).map((code) => ({
    value: code,
    label: actionLabel(tr, code),
  }));
  const entityOptions = Object.keys(labels?.auditEntity ?? coreLabels.auditEntity).map((kind) => ({
    value: kind,
    label: entityKindLabel(tr, kind),
  }));
  const actorOptions = (actors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }));
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
      <Space wrap style={{ marginBottom: 16 }} data-testid="audit-filters">
        <Input
          type="date"
          aria-label={t('audit.from')}
          data-testid="audit-from"
          style={{ width: 160 }}
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(e) => change({ from: e.target.value || undefined })}
        />
        <Input
          type="date"
          aria-label={t('audit.to')}
          data-testid="audit-to"
          style={{ width: 160 }}
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(e) => change({ to: e.target.value || undefined })}
        />
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setActorSearch }}
          placeholder={t('audit.actorFilter')}
          aria-label={t('audit.actor')}
          data-testid="audit-actor-filter"
          style={{ width: 180 }}
          value={filters.actorId}
          options={actorOptions}
          loading={actors.isFetching}
          onChange={(value?: number) => {
            setActorSearch('');
            change({ actorId: value });
          }}
        />
        <Select
          allowClear
          placeholder={t('audit.entityFilter')}
          aria-label={t('audit.objectKind')}
          data-testid="audit-entity-filter"
          style={{ width: 150 }}
          value={filters.entity}
          options={entityOptions}
          onChange={(value?: string) => change({ entity: value })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.actionFilter')}
          aria-label={t('audit.action')}
          data-testid="audit-action-filter"
          style={{ width: 200 }}
          value={filters.action}
          options={actionOptions}
          onChange={(value?: string) => change({ action: value })}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.search')}
          aria-label={t('audit.search')}
          data-testid="audit-search"
          style={{ width: 220 }}
          maxLength={100}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(value) => change({ search: value.trim() || undefined })}
        />
        <Button
          data-neutral
          data-testid="audit-reset"
          onClick={() => {
            setSearchText('');
            reset();
            paging.reset();
          }}
        >
          {t('audit.reset')}
        </Button>
      </Space>
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
