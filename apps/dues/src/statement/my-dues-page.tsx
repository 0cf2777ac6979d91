// 我的党费: the signed-in member's own statement (dues.statements.mine), found by their account's link to the
// registry, never by an id the browser sends. Open to every account: one not linked to a member is told so, and
// whom to ask.
import { ErrorAlert, PageFrame, ResultScreen } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { StatementView } from './statement-page';

export function MyDuesPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const statement = useQuery({ ...trpc.dues.statements.mine.queryOptions({}), retry: false });
  const code = (statement.error as { data?: { code?: unknown } | null } | null)?.data?.code;
  if (statement.data) return <StatementView statement={statement.data} basePath={basePath} own />;
  return (
    <PageFrame title={t('mine.title')} testId="my-dues-page">
      {code === 'NOT_FOUND' ? (
        <div data-testid="my-dues-unlinked">
          <ResultScreen status="info" title={t('mine.unlinked')} subTitle={t('mine.unlinkedHint')} />
        </div>
      ) : statement.error ? (
        <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />
      ) : (
        <Skeleton active />
      )}
    </PageFrame>
  );
}
