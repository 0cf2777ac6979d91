// Where an article appears in the network, on its editor page: its own site, the other sites that show it (shared
// down, recommended up, reposted) and those waiting or declined; a reviewer of its unit shares it with the units
// below or recommends it to the unit above, and a reviewer of the current unit reposts another site's article there.
// One edit shows everywhere; withdrawing it takes it off every site.
import { errorMessage, FormModal, useAccess } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../common/api-types';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';
import type { PlacementRow } from './placement-types';

type Dialog = 'share' | 'recommend' | 'repost' | null;

export function PlacementPanel({ article, currentUnitId }: { article: Article; currentUnitId: number }) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const access = useAccess();
  const queryClient = useQueryClient();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const placements = useQuery(trpc.content.placements.ofArticle.queryOptions({ articleId: article.id }));
  // The tree the unit switcher already read: whether the article's unit has units below and a unit above.
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const columns = useQuery({
    ...trpc.content.columns.list.queryOptions({ unitId: currentUnitId }),
    enabled: dialog === 'repost',
  });
  const [shareForm] = Form.useForm<{ unitIds: number[] }>();
  const [recommendForm] = Form.useForm<{ note: string }>();
  const [repostForm] = Form.useForm<{ columnId: number }>();

  const done = (text: string) => async () => {
    message.success(text);
    setDialog(null);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.content.placements.ofArticle.queryKey() }),
      refresh(),
    ]);
  };
  const onError = (error: unknown) => message.error(errorMessage(error, t));
  const share = useMutation(trpc.content.placements.share.mutationOptions({ onSuccess: done(t('placements.shared')) }));
  const recommend = useMutation(
    trpc.content.placements.recommend.mutationOptions({ onSuccess: done(t('placements.recommended')) }),
  );
  const repost = useMutation(
    trpc.content.placements.repost.mutationOptions({ onSuccess: done(t('placements.reposted')) }),
  );
  const remove = useMutation(
    trpc.content.placements.remove.mutationOptions({ onSuccess: done(t('placements.removed')), onError }),
  );

  const published = article.status === 'published';
  const reviewsOwn = access.can('content.review', article.unitId);
  const mayRepost = published && currentUnitId !== article.unitId && access.can('content.review', currentUnitId);
  const below = (units.data ?? []).filter((u) => u.parentId === article.unitId && !u.archivedAt);
  const hasAbove = (units.data ?? []).some((u) => u.id === article.unitId && u.parentId !== null);
  const data = placements.data;

  return (
    <Card
      size="small"
      title={t('placements.title')}
      style={{ marginTop: 24 }}
      data-testid="placement-panel"
      extra={
        <Space wrap data-permission="content.review" data-unit={article.unitId}>
          {reviewsOwn && published && below.length > 0 && (
            <Button size="small" onClick={() => setDialog('share')} data-testid="placement-share">
              {t('placements.share')}
            </Button>
          )}
          {reviewsOwn && published && hasAbove && (
            <Button size="small" onClick={() => setDialog('recommend')} data-testid="placement-recommend">
              {t('placements.recommend')}
            </Button>
          )}
          {mayRepost && (
            <Button
              size="small"
              onClick={() => setDialog('repost')}
              data-testid="placement-repost"
              data-permission="content.review"
              data-unit={currentUnitId}
            >
              {t('placements.repost')}
            </Button>
          )}
        </Space>
      }
    >
      {data && (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('placements.home', { unit: data.home.unitName, column: data.home.columnName })}
          {!published && <Typography.Text type="secondary"> {t('placements.notPublished')}</Typography.Text>}
        </Typography.Paragraph>
      )}
      {data && data.placements.length === 0 ? (
        <Typography.Text type="secondary">{t('placements.none')}</Typography.Text>
      ) : (
        <Table<PlacementRow>
          rowKey="id"
          size="small"
          pagination={false}
          loading={placements.isLoading}
          dataSource={data?.placements ?? []}
          scroll={{ x: 560 }}
          columns={[
            { key: 'unit', title: t('placements.site'), dataIndex: 'unitName', ellipsis: true },
            {
              key: 'column',
              title: t('placements.column'),
              dataIndex: 'columnName',
              render: (name: string | null) => name ?? '—',
            },
            { key: 'kind', title: t('placements.kind'), render: (_, row) => t(`placements.kinds.${row.kind}`) },
            {
              key: 'state',
              title: t('placements.state'),
              render: (_, row) => (
                <Tag color={row.state === 'accepted' ? 'green' : row.state === 'pending' ? 'blue' : 'default'}>
                  {t(`placements.states.${row.state}`)}
                  {row.note ? `：${row.note}` : ''}
                </Tag>
              ),
            },
            {
              key: 'actions',
              title: t('articles.table.actions'),
              width: 90,
              render: (_, row) =>
                row.actions.remove && (
                  <Popconfirm
                    title={t('placements.removeConfirm', { site: row.unitName })}
                    onConfirm={() => remove.mutate({ id: row.id })}
                  >
                    <Button
                      type="link"
                      size="small"
                      danger
                      data-testid={`placement-remove-${row.id}`}
                      data-permission="content.review"
                      data-unit={access.can('content.review', row.unitId) ? row.unitId : article.unitId}
                    >
                      {t('placements.remove')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      {data && data.elsewhere > 0 && (
        <Typography.Text type="secondary">{t('placements.elsewhere', { count: data.elsewhere })}</Typography.Text>
      )}

      <FormModal<{ unitIds: number[] }>
        open={dialog === 'share'}
        title={t('placements.shareTitle')}
        okText={t('placements.share')}
        form={shareForm}
        mutation={share}
        onCancel={() => setDialog(null)}
        onFinish={({ unitIds }) => share.mutate({ articleId: article.id, ...(unitIds?.length ? { unitIds } : {}) })}
        testId="placement-share-form"
      >
        <Form.Item name="unitIds" label={t('placements.shareTo')} extra={t('placements.shareHint')}>
          <Select
            mode="multiple"
            allowClear
            loading={units.isLoading}
            placeholder={t('placements.allBelow')}
            aria-label={t('placements.shareTo')}
            options={below.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </FormModal>

      <FormModal<{ note: string }>
        open={dialog === 'recommend'}
        title={t('placements.recommendTitle')}
        okText={t('placements.recommend')}
        form={recommendForm}
        mutation={recommend}
        onCancel={() => setDialog(null)}
        onFinish={({ note }) => recommend.mutate({ articleId: article.id, note: note ?? '' })}
        testId="placement-recommend-form"
      >
        <Form.Item name="note" label={t('placements.note')} rules={[{ max: 200 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} showCount />
        </Form.Item>
      </FormModal>

      <FormModal<{ columnId: number }>
        open={dialog === 'repost'}
        title={t('placements.repostTitle')}
        okText={t('placements.repost')}
        form={repostForm}
        mutation={repost}
        onCancel={() => setDialog(null)}
        onFinish={({ columnId }) => repost.mutate({ articleId: article.id, columnId })}
        testId="placement-repost-form"
      >
        <Form.Item
          name="columnId"
          label={t('placements.repostInto')}
          rules={[{ required: true, message: t('placements.columnRequired') }]}
        >
          <Select
            loading={columns.isLoading}
            aria-label={t('placements.repostInto')}
            options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
