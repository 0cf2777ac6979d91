// 结业证书 of the people of the current unit's subtree (or of its courses' learners): each with its number, the
// learner's and unit's names, the course and its unit, when issued, valid or revoked. Filtered by number or name, unit
// and state, in the URL; the export writes every row the filter matches. Each number opens its public verification
// page in a new tab; a manager of the course's unit may revoke a valid one (the reason asked, then confirmed).
import { formatDateTime } from '@strata/i18n';
import { PageFrame, Permitted, TreeSelectOnDemand, useAccess } from '@strata/ui';
import { type ExportColumn, type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubtreeUnits } from '../courses/unit-tree-data';
import { useTRPC, useTRPCClient } from '../trpc';
import type { CertificateRow } from './certificate-types';
import { certificateStatuses, certificatesSpec, toCertificateListInput } from './certificates-spec';
import { RevokeModal } from './revoke-modal';

type Filters = (typeof certificatesSpec)['filters'];

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** The public page that verifies a certificate by its number. */
export const verifyPath = (number: string) => `/site/verify/training/${encodeURIComponent(number)}`;

export function CertificatesPage({ unitId: given }: { basePath: string; unitId?: number }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  // The route stands behind training.read at the current unit, so there is one.
  const unitId = given ?? access.unitId ?? 0;
  const list = useListQuery(certificatesSpec, { scope: unitId });
  const input = toCertificateListInput(list.query, unitId);
  const result = useQuery({
    ...trpc.training.certificates.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const [revoking, setRevoking] = useState<CertificateRow>();
  const searchFields = useSearchFields(unitId);
  const language = i18n.language;

  return (
    <PageFrame title={t('certificates.title')} testId="certificates-page">
      <ListTable<CertificateRow, Filters, never>
        listId="training.certificates"
        label={t('certificates.tableLabel')}
        userId={access.userId}
        testId="certificates"
        list={list}
        rowKey="id"
        columns={certificateColumns(t, language, { onRevoke: setRevoking })}
        result={result}
        scrollX={1240}
        emptyText={t('certificates.none')}
        searchFields={searchFields}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.training.certificates.list.query({ ...input, page, pageSize }, { signal }),
          columns: certificateExportColumns(t, language),
          fileName: t('certificates.fileName'),
        }}
      />
      {revoking && <RevokeModal certificate={revoking} onClose={() => setRevoking(undefined)} />}
    </PageFrame>
  );
}

function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('training');
  const units = useSubtreeUnits(unitId);
  const f = (key: string) => t(`certificates.filters.${key}`);
  const any = t('common:listAny');
  return [
    {
      name: 'q',
      label: f('q'),
      input: (
        <Input
          type="search"
          allowClear
          maxLength={50}
          placeholder={f('qPlaceholder')}
          data-testid="certificates-search"
        />
      ),
    },
    {
      name: 'unitId',
      label: f('unit'),
      input: (
        <TreeSelectOnDemand
          allowClear
          placeholder={any}
          treeData={units.treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={units.isLoading}
          data-testid="certificates-filter-unit"
        />
      ),
    },
    {
      name: 'status',
      label: f('status'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={certificateStatuses.map((value) => ({ value, label: t(`certificates.status.${value}`) }))}
          data-testid="certificates-filter-status"
        />
      ),
    },
  ];
}

type Acts = { onRevoke: (row: CertificateRow) => void };

function certificateColumns(t: TFunction, language: string, acts: Acts): ListColumn<CertificateRow>[] {
  const c = (key: string) => t(`training:certificates.columns.${key}`);
  return [
    {
      key: 'number',
      title: c('number'),
      width: 180,
      fixed: 'left',
      render: (_, row) => (
        <a
          href={verifyPath(row.number)}
          target="_blank"
          rel="noopener noreferrer"
          title={t('training:certificates.verifyTitle', { number: row.number })}
          style={{ ...tabular, overflowWrap: 'anywhere' }}
          data-neutral
          data-testid={`certificate-verify-${row.id}`}
        >
          {row.number}
        </a>
      ),
    },
    {
      key: 'learner',
      title: c('learner'),
      dataIndex: 'learnerName',
      width: 110,
      render: (name: string, row) => <span data-testid={`certificate-learner-${row.id}`}>{name}</span>,
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    {
      key: 'course',
      title: c('course'),
      width: 240,
      render: (_, row) => (
        <Flex vertical>
          <span style={{ overflowWrap: 'anywhere' }}>{row.courseTitle}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.courseUnitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'issuedAt',
      title: c('issuedAt'),
      width: 160,
      render: (_, row) => <span style={tabular}>{formatDateTime(row.issuedAt, language)}</span>,
    },
    {
      key: 'status',
      title: c('status'),
      width: 150,
      render: (_, row) =>
        row.revokedAt ? (
          <Flex vertical data-testid={`certificate-status-${row.id}`}>
            <Tag color="red" style={{ marginInlineEnd: 0, alignSelf: 'flex-start' }}>
              {t('training:certificates.status.revoked')}
            </Tag>
            <Typography.Text type="secondary" style={{ ...tabular, fontSize: 12 }}>
              {formatDateTime(row.revokedAt, language)}
            </Typography.Text>
          </Flex>
        ) : (
          <Tag color="green" style={{ marginInlineEnd: 0 }} data-testid={`certificate-status-${row.id}`}>
            {t('training:certificates.status.valid')}
          </Tag>
        ),
    },
    {
      key: 'actions',
      title: t('training:common.actions'),
      width: 100,
      render: (_, row) =>
        row.revokedAt ? null : (
          <Permitted permission="training.manage" unitId={row.courseUnitId}>
            <Button
              size="small"
              type="link"
              danger
              onClick={() => acts.onRevoke(row)}
              data-testid={`certificate-revoke-${row.id}`}
            >
              {t('training:certificates.revoke')}
            </Button>
          </Permitted>
        ),
    },
  ];
}

function certificateExportColumns(t: TFunction, language: string): ExportColumn<CertificateRow>[] {
  const c = (key: string) => t(`training:certificates.columns.${key}`);
  return [
    { title: c('number'), value: (r) => r.number },
    { title: c('learner'), value: (r) => r.learnerName },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('course'), value: (r) => r.courseTitle },
    { title: c('courseUnit'), value: (r) => r.courseUnitName },
    { title: c('issuedAt'), value: (r) => formatDateTime(r.issuedAt, language) },
    { title: c('status'), value: (r) => t(`training:certificates.status.${r.revokedAt ? 'revoked' : 'valid'}`) },
    { title: c('revokedAt'), value: (r) => (r.revokedAt ? formatDateTime(r.revokedAt, language) : '') },
  ];
}
