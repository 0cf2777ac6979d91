// The reply templates of the current unit, with those of the units above it (read-only here: they are kept there).
import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, errorMessage, PageFrame, Permitted, useScrollRegion } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Space, Table, type TableColumnType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../common/api-types';
import { useTRPC } from '../trpc';
import { TemplateFormModal } from './template-form-modal';

export function TemplatesPage({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const templates = useQuery(trpc.mailbox.templates.list.queryOptions({ unitId }));
  const [editing, setEditing] = useState<{ template: ReplyTemplate | undefined }>();
  // On a phone the table scrolls sideways: its box takes the keyboard's focus, even with no template to tab to.
  const tableBox = useScrollRegion(t('templates.tableLabel'));
  const remove = useMutation(
    trpc.mailbox.templates.delete.mutationOptions({
      onSuccess: async () => {
        message.success(t('templates.deleted'));
        await queryClient.invalidateQueries({ queryKey: trpc.mailbox.templates.pathKey() });
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const askDelete = (template: ReplyTemplate) =>
    modal.confirm({
      title: t('templates.deleteTitle', { title: template.title }),
      content: t('templates.deleteText'),
      okText: t('templates.delete'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync({ id: template.id }).catch(() => undefined),
    });
  const c = (key: string) => t(`templates.columns.${key}`);
  const columns: TableColumnType<ReplyTemplate>[] = [
    { key: 'title', title: c('title'), dataIndex: 'title', width: 200 },
    {
      key: 'body',
      title: c('body'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.body }} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {row.body}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'unit',
      title: c('unit'),
      width: 200,
      render: (_, row) =>
        row.unitId === unitId ? (
          row.unitName
        ) : (
          <Space size={4} wrap>
            {row.unitName}
            <Tooltip title={t('templates.inheritedHint')}>
              <Tag data-testid={`template-inherited-${row.id}`}>{t('templates.inherited')}</Tag>
            </Tooltip>
          </Space>
        ),
    },
    {
      key: 'updatedAt',
      title: c('updatedAt'),
      width: 160,
      render: (_, row) => formatDateTime(row.updatedAt, i18n.language),
    },
    {
      key: 'actions',
      title: c('actions'),
      width: 140,
      fixed: 'right',
      // A template is changed at its own unit: those of the units above are kept there.
      render: (_, row) =>
        row.unitId === unitId && (
          <Space size={0}>
            <Permitted permission="mailbox.handle" unitId={row.unitId}>
              <Button
                type="link"
                size="small"
                onClick={() => setEditing({ template: row })}
                data-testid={`template-edit-${row.id}`}
              >
                {t('templates.edit')}
              </Button>
            </Permitted>
            <Permitted permission="mailbox.handle" unitId={row.unitId}>
              <Button
                type="link"
                size="small"
                danger
                onClick={() => askDelete(row)}
                data-testid={`template-delete-${row.id}`}
              >
                {t('templates.delete')}
              </Button>
            </Permitted>
          </Space>
        ),
    },
  ];

  return (
    <PageFrame title={t('templates.title')} testId="templates-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('templates.intro')}
      </Typography.Paragraph>
      <Flex>
        <Permitted permission="mailbox.handle" unitId={unitId}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ template: undefined })}
            data-testid="template-create"
          >
            {t('templates.create')}
          </Button>
        </Permitted>
      </Flex>
      {templates.error && <ErrorAlert error={templates.error} onRetry={() => templates.refetch()} />}
      <div ref={tableBox}>
        <Table<ReplyTemplate>
          rowKey="id"
          aria-label={t('templates.tableLabel')}
          data-testid="template-table"
          columns={columns}
          dataSource={templates.data ?? []}
          loading={templates.isLoading}
          pagination={false}
          scroll={{ x: 860 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('templates.empty')}
                data-testid="template-empty"
              />
            ),
          }}
        />
      </div>
      <TemplateFormModal unitId={unitId} editing={editing} onClose={() => setEditing(undefined)} />
    </PageFrame>
  );
}
