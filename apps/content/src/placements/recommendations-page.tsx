// Recommendations made to the sites the caller reviews: each accepted into a column of the unit it was made to, or
// declined with a reason the recommending unit reads. Pending first; the decided ones stay findable by state.
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, FormModal, PageFrame, useScrollRegion } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageMessages } from '../common/page-messages';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';
import { placementMessages } from './placement-messages';
import type { QueueRow } from './placement-types';

type State = 'pending' | 'accepted' | 'declined';
const pageSize = 20;

export function RecommendationsPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  usePageMessages('placements', placementMessages);
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const [state, setState] = useState<State>('pending');
  const [page, setPage] = useState(1);
  const [accepting, setAccepting] = useState<QueueRow | null>(null);
  const [declining, setDeclining] = useState<QueueRow | null>(null);
  const [acceptForm] = Form.useForm<{ columnId: number }>();
  const [declineForm] = Form.useForm<{ note: string }>();
  const region = useScrollRegion(t('placements.queueTitle'));
  const queue = useQuery(trpc.content.placements.queue.queryOptions({ unitId, state, page, pageSize }));
  const columns = useQuery({
    ...trpc.content.columns.list.queryOptions({ unitId: accepting?.unitId ?? 0 }),
    enabled: !!accepting,
  });
  const decided = (text: string) => async () => {
    message.success(text);
    setAccepting(null);
    setDeclining(null);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.content.placements.queue.queryKey() }),
      refresh(),
    ]);
  };
  const decide = useMutation(
    trpc.content.placements.decide.mutationOptions({
      onSuccess: (_, input) =>
        decided(t(input.decision === 'accept' ? 'placements.accepted' : 'placements.declined'))(),
    }),
  );

  if (queue.error) return <ErrorAlert error={queue.error} onRetry={() => queue.refetch()} />;
  return (
    <PageFrame title={t('placements.queueTitle')} testId="recommendations-page">
      <Typography.Paragraph type="secondary">{t('placements.queueIntro')}</Typography.Paragraph>
      <Select<State>
        value={state}
        style={{ width: 160, marginBottom: 12 }}
        aria-label={t('placements.state')}
        onChange={(next) => {
          setState(next);
          setPage(1);
        }}
        options={(['pending', 'accepted', 'declined'] as const).map((s) => ({
          value: s,
          label: t(`placements.states.${s}`),
        }))}
        data-testid="recommendations-state"
      />
      <div ref={region}>
        <Table<QueueRow>
          rowKey="id"
          size="middle"
          loading={queue.isLoading}
          dataSource={queue.data?.items ?? []}
          scroll={{ x: 760 }}
          locale={{ emptyText: <Empty description={t('placements.empty')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: queue.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            {
              key: 'article',
              title: t('placements.article'),
              ellipsis: true,
              render: (_, row) => <Link to={`${basePath}/articles/${row.articleId}`}>{row.articleTitle}</Link>,
            },
            { key: 'from', title: t('placements.from'), dataIndex: 'fromUnitName', width: 140, ellipsis: true },
            { key: 'to', title: t('placements.to'), dataIndex: 'unitName', width: 140, ellipsis: true },
            {
              key: 'note',
              title: t('placements.note'),
              dataIndex: 'note',
              ellipsis: true,
              render: (note: string) => note || '—',
            },
            {
              key: 'at',
              title: t('placements.at'),
              width: 170,
              render: (_, row) => formatDateTime(row.createdAt, i18n.language),
            },
            {
              key: 'actions',
              title: t('articles.table.actions'),
              width: 170,
              render: (_, row) =>
                row.actions.decide ? (
                  <Space size={0}>
                    <Button
                      type="link"
                      onClick={() => setAccepting(row)}
                      data-testid={`recommendation-accept-${row.id}`}
                    >
                      {t('placements.accept')}
                    </Button>
                    <Button
                      type="link"
                      danger
                      onClick={() => setDeclining(row)}
                      data-testid={`recommendation-decline-${row.id}`}
                    >
                      {t('placements.decline')}
                    </Button>
                  </Space>
                ) : (
                  <Tag>{t(`placements.states.${row.state}`)}</Tag>
                ),
            },
          ]}
        />
      </div>

      <FormModal<{ columnId: number }>
        open={!!accepting}
        title={t('placements.acceptTitle')}
        okText={t('placements.accept')}
        form={acceptForm}
        mutation={decide}
        onCancel={() => setAccepting(null)}
        onFinish={({ columnId }) => accepting && decide.mutate({ id: accepting.id, decision: 'accept', columnId })}
        testId="recommendation-accept-form"
      >
        <Form.Item
          name="columnId"
          label={t('placements.column')}
          rules={[{ required: true, message: t('placements.columnRequired') }]}
        >
          <Select
            loading={columns.isLoading}
            aria-label={t('placements.column')}
            options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </FormModal>

      <FormModal<{ note: string }>
        open={!!declining}
        title={t('placements.declineTitle')}
        okText={t('placements.decline')}
        form={declineForm}
        mutation={decide}
        onCancel={() => setDeclining(null)}
        onFinish={({ note }) => declining && decide.mutate({ id: declining.id, decision: 'decline', note })}
        testId="recommendation-decline-form"
      >
        <Form.Item
          name="note"
          label={t('placements.declineReason')}
          rules={[
            { required: true, whitespace: true, message: t('placements.declineRequired') },
            { min: 2, max: 200, message: t('placements.declineRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} showCount />
        </Form.Item>
      </FormModal>
    </PageFrame>
  );
}
