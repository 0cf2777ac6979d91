// The caller's hours (each entry's state, the reason of a decline, an appeal, once, with the caller's word) and their
// certificates, each with the link to its public verification page.
import { formatMinutes } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyHour } from '../common/api-types';
import { HourStatusTag, tabular } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { RowList } from '../common/row-list';
import { useTRPC } from '../trpc';

export const verifyPath = (number: string) => `/site/verify/volunteer/${encodeURIComponent(number)}`;

export function MyHours() {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [pageSize, setPageSize] = useState(20);
  const hours = useQuery({
    ...trpc.volunteers.hours.mine.queryOptions({ page: 1, pageSize }),
    placeholderData: keepPreviousData,
  });
  const [appealing, setAppealing] = useState<MyHour>();
  const appeal = useMutation(
    trpc.volunteers.hours.appeal.mutationOptions({
      onSuccess: async () => {
        message.success(t('mine.appealed'));
        setAppealing(undefined);
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const approved = (hours.data?.items ?? []).filter((h) => h.status === 'approved').reduce((n, h) => n + h.minutes, 0);

  return (
    <Card title={t('mine.hours')} size="small" data-testid="mine-hours">
      {hours.error ? <ErrorAlert error={hours.error} onRetry={() => void hours.refetch()} /> : null}
      {hours.data && hours.data.items.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('mine.hoursShown', {
            count: hours.data.items.length,
            total: hours.data.total,
            hours: formatMinutes(approved),
          })}
        </Typography.Paragraph>
      )}
      <RowList<MyHour>
        rows={hours.data?.items}
        rowKey={(row) => row.id}
        empty={t('mine.noHours')}
        testId="mine-hours-list"
        onMore={(hours.data?.total ?? 0) > pageSize && pageSize < 200 ? () => setPageSize(200) : undefined}
        render={(row) => (
          <Flex justify="space-between" align="center" wrap gap={8} data-testid={`mine-hour-${row.id}`}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{row.activityTitle}</Typography.Text>
                <HourStatusTag status={row.status} testId={`mine-hour-status-${row.id}`} />
              </Flex>
              <Typography.Text type="secondary" style={tabular}>
                {row.servedOn} · {t('hoursValue', { hours: formatMinutes(row.minutes) })} · {row.unitName}
              </Typography.Text>
              {row.reason && (row.status === 'declined' || row.status === 'appealed') && (
                <Typography.Text type="secondary">{t('mine.declinedBecause', { reason: row.reason })}</Typography.Text>
              )}
              {row.appeal && (
                <Typography.Text type="secondary">{t('mine.myAppeal', { appeal: row.appeal })}</Typography.Text>
              )}
            </Flex>
            {row.status === 'declined' && row.appealedAt === null && (
              <Button size="small" onClick={() => setAppealing(row)} data-testid={`mine-appeal-${row.id}`}>
                {t('mine.appeal')}
              </Button>
            )}
          </Flex>
        )}
      />
      <ReasonModal
        open={appealing !== undefined}
        title={t('mine.appealTitle', { title: appealing?.activityTitle ?? '' })}
        text={t('mine.appealText')}
        label={t('mine.appealLabel')}
        okText={t('mine.appeal')}
        mutation={appeal}
        onSubmit={(text) => appealing && appeal.mutate({ id: appealing.id, appeal: text })}
        onClose={() => setAppealing(undefined)}
        testId="mine-appeal"
      />
    </Card>
  );
}

export function MyCertificates() {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const certificates = useQuery(trpc.volunteers.certificates.mine.queryOptions({}));
  return (
    <Card title={t('mine.certificates')} size="small" data-testid="mine-certificates">
      {certificates.error ? (
        <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : null}
      <RowList
        rows={certificates.data}
        rowKey={(row) => row.id}
        empty={t('mine.noCertificates')}
        testId="mine-certificates-list"
        render={(row) => (
          <Flex vertical gap={2}>
            <Flex wrap gap={8} align="center">
              <a href={verifyPath(row.number)} target="_blank" rel="noreferrer" style={tabular}>
                {row.number}
              </a>
              {row.revoked && <Tag color="red">{t('certificates.revokedTag')}</Tag>}
            </Flex>
            <Typography.Text type="secondary" style={tabular}>
              {t('certificates.period', { from: row.fromOn, to: row.toOn })} ·{' '}
              {t('hoursValue', { hours: formatMinutes(row.minutes) })} · {row.unitName} ·{' '}
              {formatDateTime(row.issuedAt, i18n.language)}
            </Typography.Text>
          </Flex>
        )}
      />
    </Card>
  );
}
