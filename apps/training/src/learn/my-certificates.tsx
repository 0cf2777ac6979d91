// My certificates (我的证书), newest first: each one's number (opening its public verification page in a new tab, the
// page anyone can be sent to check it), the course and its unit, when it was issued, and whether it was revoked.
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';
import { CardGrid, CertificateLink, myCoursePath, tabular } from './learn-parts';

export function MyCertificates({ basePath }: { basePath: string }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const certificates = useQuery(trpc.training.certificates.mine.queryOptions({}));
  if (certificates.error) return <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />;
  if (certificates.data === undefined) return <Skeleton active />;
  if (certificates.data.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('learn.certificates.none')}
        data-testid="my-certificates-empty"
      />
    );
  return (
    <Flex vertical gap={16} data-testid="my-certificates">
      <Typography.Text type="secondary">{t('learn.certificates.hint')}</Typography.Text>
      <CardGrid
        items={certificates.data}
        itemKey={(row) => row.id}
        render={(row) => (
          <Card
            size="small"
            style={{ width: '100%' }}
            title={<Link to={myCoursePath(basePath, row.courseId)}>{row.courseTitle}</Link>}
            extra={
              row.revoked && (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {t('learn.certificates.revoked')}
                </Tag>
              )
            }
            data-testid={`my-certificate-${row.id}`}
          >
            <Flex vertical gap={6}>
              <Flex wrap gap={8} align="center">
                <Typography.Text type="secondary">{t('learn.certificateNumber')}</Typography.Text>
                <CertificateLink number={row.number} testId={`my-certificate-number-${row.id}`} />
              </Flex>
              <Typography.Text type="secondary">{row.courseUnitName}</Typography.Text>
              <Typography.Text type="secondary" style={tabular}>
                {t('learn.certificates.issuedAt', { at: formatDateTime(row.issuedAt, i18n.language) })}
              </Typography.Text>
            </Flex>
          </Card>
        )}
      />
    </Flex>
  );
}
