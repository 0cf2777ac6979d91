// The certificates the current unit's subtree issued: found by number or holder, each with its public verification
// page; a certifier of the issuing unit revokes one (asked, with a reason: it then verifies as revoked).
import { formatMinutes } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import {
  type ExportColumn,
  type FilterShape,
  type ListColumn,
  type ListQuerySpec,
  ListTable,
  textParam,
  useListQuery,
} from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateRow } from '../common/api-types';
import { tabular } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { verifyPath } from '../mine/my-hours';
import { useTRPC, useTRPCClient } from '../trpc';

export const certificatesSpec = {
  filters: { q: textParam({ max: 50 }) },
  sorts: [],
} satisfies ListQuerySpec<FilterShape, never>;

export function CertificatesPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useListQuery(certificatesSpec, { scope: unitId });
  const { q } = list.query.filters;
  const input = { unitId, ...(q && { q }), page: list.query.page, pageSize: list.query.pageSize };
  const result = useQuery({
    ...trpc.volunteers.certificates.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const [revoking, setRevoking] = useState<CertificateRow>();
  const revoke = useMutation(
    trpc.volunteers.certificates.revoke.mutationOptions({
      onSuccess: async () => {
        message.success(t('certificates.revoked'));
        setRevoking(undefined);
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const language = i18n.language;
  const c = (key: string) => t(`certificates.columns.${key}`);
  const columns: ListColumn<CertificateRow>[] = [
    {
      key: 'number',
      title: c('number'),
      width: 190,
      fixed: 'left',
      render: (_, row) => (
        <Flex wrap gap={4} align="center">
          <a
            href={verifyPath(row.number)}
            target="_blank"
            rel="noreferrer"
            style={tabular}
            data-testid={`certificate-verify-${row.id}`}
          >
            {row.number}
          </a>
          {row.revokedAt && <Tag color="red">{t('certificates.revokedTag')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'volunteer',
      title: c('volunteer'),
      width: 110,
      render: (_, row) => <Link to={`${basePath}/people/${row.volunteerId}`}>{row.volunteerName}</Link>,
    },
    {
      key: 'period',
      title: c('period'),
      width: 210,
      render: (_, row) => t('certificates.period', { from: row.fromOn, to: row.toOn }),
    },
    {
      key: 'hours',
      title: c('hours'),
      width: 80,
      render: (_, row) => <span style={tabular}>{formatMinutes(row.minutes)}</span>,
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    { key: 'issuedAt', title: c('issuedAt'), width: 150, render: (_, row) => formatDateTime(row.issuedAt, language) },
    {
      key: 'actions',
      title: t('actions'),
      width: 100,
      render: (_, row) =>
        !row.revokedAt && (
          <Permitted permission="volunteers.certify" unitId={row.unitId}>
            <Button
              size="small"
              type="link"
              danger
              onClick={() => setRevoking(row)}
              data-testid={`certificate-revoke-${row.id}`}
            >
              {t('certificates.revoke')}
            </Button>
          </Permitted>
        ),
    },
  ];

  return (
    <PageFrame title={t('certificates.title')} testId="certificates-page">
      <ListTable<CertificateRow, (typeof certificatesSpec)['filters'], never>
        listId="volunteers.certificates"
        label={t('certificates.tableLabel')}
        userId={access.userId}
        testId="certificates"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1000}
        emptyText={t('certificates.empty')}
        searchFields={[
          {
            name: 'q',
            label: t('certificates.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                placeholder={t('certificates.filters.qPlaceholder')}
                data-testid="certificates-search"
              />
            ),
          },
        ]}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.volunteers.certificates.list.query({ ...input, page, pageSize }, { signal }),
          columns: certificateExportColumns(t, language),
          fileName: t('certificates.fileName'),
        }}
      />
      <ReasonModal
        open={revoking !== undefined}
        title={t('certificates.revokeTitle', { number: revoking?.number ?? '' })}
        text={t('certificates.revokeText')}
        label={t('certificates.revokeReason')}
        okText={t('certificates.revoke')}
        danger
        mutation={revoke}
        onSubmit={(reason) => revoking && revoke.mutate({ id: revoking.id, reason })}
        onClose={() => setRevoking(undefined)}
        testId="certificate-revoke"
      />
    </PageFrame>
  );
}

function certificateExportColumns(t: TFunction, language: string): ExportColumn<CertificateRow>[] {
  const c = (key: string) => t(`volunteers:certificates.columns.${key}`);
  return [
    { title: c('number'), value: (r) => r.number },
    { title: c('volunteer'), value: (r) => r.volunteerName },
    { title: c('period'), value: (r) => `${r.fromOn} – ${r.toOn}` },
    { title: c('hours'), value: (r) => Number(formatMinutes(r.minutes)) },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('issuedAt'), value: (r) => formatDateTime(r.issuedAt, language) },
    {
      title: t('volunteers:certificates.revokedTag'),
      value: (r) => (r.revokedAt ? formatDateTime(r.revokedAt, language) : ''),
    },
  ];
}
