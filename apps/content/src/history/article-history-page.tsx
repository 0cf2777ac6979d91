import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, errorMessage, PageFrame, Permitted, useScrollRegion } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Popconfirm, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ArticleNotFound } from '../articles/article-not-found';
import type { RevisionRow } from '../common/api-types';
import { usePageMessages } from '../common/page-messages';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';
import { historyMessages } from './history-messages';
import { RevisionDiff } from './revision-diff';

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/**
 * `articles/:id/history`: every saved revision of an article, two of them compared side by side (chosen in the
 * table, kept in the URL as `?from=&to=`), and any earlier one restored as a new save, after a confirmation.
 */
export function ArticleHistoryPage({ basePath }: { basePath: string }) {
  usePageMessages('history', historyMessages);
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const articleId = positive(useParams().id ?? null);
  const [params, setParams] = useAddressParams();
  const listPath = `${basePath}/articles`;
  const tableBox = useScrollRegion(t('history.number'));

  const article = useQuery({ ...trpc.content.articles.get.queryOptions({ id: articleId ?? 0 }), enabled: !!articleId });
  const revisions = useQuery({
    ...trpc.content.revisions.list.queryOptions({ articleId: articleId ?? 0 }),
    enabled: !!articleId,
  });
  const rows = revisions.data ?? [];
  // The pair compared: as the URL says, else the two latest.
  const from = positive(params.get('from')) ?? rows[1]?.number;
  const to = positive(params.get('to')) ?? rows[0]?.number;
  const comparison = useQuery({
    ...trpc.content.revisions.compare.queryOptions({ articleId: articleId ?? 0, from: from ?? 0, to: to ?? 0 }),
    enabled: !!articleId && !!from && !!to && from !== to,
  });
  const restore = useMutation(
    trpc.content.revisions.restore.mutationOptions({
      onSuccess: async (restored) => {
        message.success(t('history.restored'));
        queryClient.setQueryData(trpc.content.articles.get.queryKey({ id: restored.id }), restored);
        await Promise.all([
          refresh(),
          queryClient.invalidateQueries({ queryKey: trpc.content.revisions.list.queryKey() }),
        ]);
        setParams({});
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );

  if (!articleId || article.error?.data?.code === 'NOT_FOUND') return <ArticleNotFound listPath={listPath} />;
  if (article.error) return <ErrorAlert error={article.error} onRetry={() => article.refetch()} />;
  if (revisions.error) return <ErrorAlert error={revisions.error} onRetry={() => revisions.refetch()} />;
  if (!article.data || !revisions.data) return <Skeleton active />;

  const latest = rows[0]?.number;
  const choose = (numbers: number[]) => {
    const [a, b] = [...numbers].sort((x, y) => x - y);
    if (a && b) setParams({ from: String(a), to: String(b) }, { replace: true });
  };
  return (
    <PageFrame
      title={t('history.title', { title: article.data.title })}
      breadcrumbs={[
        { title: t('articles.title'), path: listPath },
        { title: article.data.title, path: `${listPath}/${articleId}` },
      ]}
      onBack={() => navigate(`${listPath}/${articleId}`)}
      testId="article-history-page"
    >
      <Typography.Paragraph type="secondary">{t('history.intro')}</Typography.Paragraph>
      <div ref={tableBox}>
        <Table<RevisionRow>
          rowKey="number"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('history.empty')} /> }}
          rowSelection={{
            type: 'checkbox',
            selectedRowKeys: [from, to].filter((n): n is number => !!n),
            onChange: (keys) => choose((keys as number[]).slice(-2)),
            getCheckboxProps: (row) => ({ 'aria-label': t('history.choose', { number: row.number }) }),
            hideSelectAll: true,
          }}
          columns={[
            {
              key: 'number',
              title: t('history.number'),
              dataIndex: 'number',
              width: 80,
              render: (n: number) => `#${n}`,
            },
            { key: 'title', title: t('history.titleCol'), dataIndex: 'title', ellipsis: true },
            {
              key: 'editor',
              title: t('history.editor'),
              dataIndex: 'editorName',
              width: 150,
              render: (name: string | null) => name ?? '—',
            },
            {
              key: 'createdAt',
              title: t('history.savedAt'),
              dataIndex: 'createdAt',
              width: 170,
              render: (at: string) => formatDateTime(at, i18n.language),
            },
            {
              key: 'note',
              title: t('history.note'),
              width: 150,
              render: (_, row) => (row.restoredFrom ? t('history.restoredFrom', { number: row.restoredFrom }) : null),
            },
            {
              key: 'actions',
              title: t('articles.table.actions'),
              width: 110,
              render: (_, row) =>
                row.number !== latest && (
                  <Permitted permission="content.write" unitId={article.data.unitId}>
                    <Popconfirm
                      title={t('history.restoreTitle', { number: row.number })}
                      description={t('history.restoreConfirm')}
                      okText={t('history.restore')}
                      onConfirm={() => restore.mutate({ articleId, number: row.number })}
                    >
                      <Button
                        type="link"
                        size="small"
                        loading={restore.isPending}
                        data-testid={`revision-restore-${row.number}`}
                      >
                        {t('history.restore')}
                      </Button>
                    </Popconfirm>
                  </Permitted>
                ),
            },
          ]}
        />
      </div>
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {from && to ? t('history.comparing', { from, to }) : t('history.pickTwo')}
        </Typography.Title>
      </Space>
      {comparison.error && <ErrorAlert error={comparison.error} onRetry={() => comparison.refetch()} />}
      {comparison.isLoading && <Skeleton active />}
      {comparison.data && <RevisionDiff comparison={comparison.data} />}
    </PageFrame>
  );
}
