import { formatDateTimeSeconds } from '@strata/i18n';
import { PageFrame } from '@strata/ui';
import { type ListColumn, ListTable, useListQuery } from '@strata/ui/list-page';
import { usePageMessages } from '@strata/ui/page-messages';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';
import { useMe } from '../../session/session-context';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { AuditDetails } from './audit-details';
import { auditExportColumns } from './audit-export';
import { auditFilter, auditListSpec } from './audit-list-spec';
import { auditMessages } from './audit-messages';
import { useAuditSearchFields } from './audit-search-fields';
import { actionLabel, entityKindLabel, objectName } from './audit-words';

/** The append-only audit log of the current unit's subtree, newest first, filtered as the address says. */
export default function AuditPage() {
  usePageMessages('shell', 'audit', auditMessages);
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const trpc = useTRPC();
  const client = useTRPCClient();
  const me = useMe();
  const { unitId } = useCurrentUnit();
  const list = useListQuery(auditListSpec, { scope: unitId });
  const [open, setOpen] = useState<AuditRow | undefined>();
  // The table and the export ask for the same entries.
  const filter = auditFilter(unitId, list.query.filters);
  const result = useQuery({
    ...trpc.identity.audit.list.queryOptions({ ...filter, page: list.query.page, pageSize: list.query.pageSize }),
    placeholderData: keepPreviousData,
  });
  const searchFields = useAuditSearchFields(unitId);
  const columns: ListColumn<AuditRow>[] = [
    {
      key: 'at',
      title: t('audit.at'),
      dataIndex: 'at',
      width: 190,
      render: (at: string) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDateTimeSeconds(at, i18n.language)}</span>
      ),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 140,
      ellipsis: true,
      render: (name: string | null) => name ?? '—',
    },
    { key: 'unit', title: t('audit.unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    {
      key: 'action',
      title: t('audit.action'),
      dataIndex: 'action',
      width: 170,
      render: (value: string) => <Tag title={value}>{actionLabel(tr, value)}</Tag>,
    },
    {
      key: 'object',
      title: t('audit.entity'),
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
      key: 'actions',
      title: t('common:actions'),
      width: 80,
      render: (_, row) => (
        <Button type="link" size="small" data-neutral data-testid="audit-details-open" onClick={() => setOpen(row)}>
          {t('audit.details')}
        </Button>
      ),
    },
  ];
  return (
    <PageFrame title={t('audit.title')} testId="audit-page">
      <ListTable
        listId="audit"
        label={t('audit.title')}
        userId={me.id}
        testId="audit"
        list={list}
        rowKey="id"
        columns={columns}
        result={{ ...result, error: result.error }}
        scrollX={960}
        searchFields={searchFields}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.identity.audit.list.query({ ...filter, page, pageSize }, { signal }),
          columns: auditExportColumns(tr, i18n.language),
          fileName: t('audit.title'),
        }}
      />
      <AuditDetails row={open} unitId={unitId} onClose={() => setOpen(undefined)} />
    </PageFrame>
  );
}
