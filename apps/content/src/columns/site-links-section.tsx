import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { applyFieldErrors, ErrorAlert, errorMessage, Permitted, useAccess } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Input, Popconfirm, Space, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageMessages } from '../common/page-messages';
import { useTRPC } from '../trpc';
import { siteLinksMessages } from './site-links-messages';
import { moved } from './use-reorder-columns';

/** The server's limits (services/content/src/site-links/site-link-schemas.ts). */
const labelMax = 50;
const urlMax = 500;
const manage = 'content.manage';

type Link = { id: number; label: string; url: string };

/** The unit's related external sites, listed on its portal's links page: add, reorder, remove. */
export function SiteLinksSection({ unitId }: { unitId: number }) {
  usePageMessages('siteLinks', siteLinksMessages);
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ label: string; url: string }>();
  const links = useQuery(trpc.content.siteLinks.list.queryOptions({ unitId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.content.siteLinks.list.queryKey() });
  const add = useMutation(
    trpc.content.siteLinks.add.mutationOptions({
      onSuccess: async () => {
        message.success(t('siteLinks.added'));
        form.resetFields();
        await refresh();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const remove = useMutation(
    trpc.content.siteLinks.remove.mutationOptions({
      onSuccess: async () => {
        message.success(t('siteLinks.removed'));
        await refresh();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const reorder = useMutation(
    trpc.content.siteLinks.reorder.mutationOptions({
      onSuccess: async () => {
        message.success(t('siteLinks.reordered'));
        await refresh();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const canManage = useAccess().can(manage, unitId);
  const ids = (links.data ?? []).map((l) => l.id);

  const columns: TableProps<Link>['columns'] = [
    {
      key: 'label',
      title: t('siteLinks.label'),
      render: (_, link) => (
        <a href={link.url} target="_blank" rel="noopener noreferrer">
          {link.label}
        </a>
      ),
    },
    {
      key: 'url',
      title: t('siteLinks.url'),
      render: (_, link) => <Typography.Text type="secondary">{link.url}</Typography.Text>,
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('siteLinks.actions'),
      width: 180,
      render: (_, link, index) => (
        <Space size={0}>
          {([-1, 1] as const).map((step) => (
            <Button
              key={step}
              type="text"
              size="small"
              icon={step < 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
              aria-label={t(step < 0 ? 'siteLinks.moveUp' : 'siteLinks.moveDown')}
              disabled={!ids[index + step] || reorder.isPending}
              onClick={() => reorder.mutate({ unitId, ids: moved(ids, index, step) })}
            />
          ))}
          <Popconfirm
            title={t('siteLinks.removeTitle', { label: link.label })}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutate({ id: link.id })}
          >
            <Button type="link" size="small" danger data-testid={`site-link-delete-${link.id}`}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });

  return (
    <section data-testid="site-links" style={{ marginTop: 32 }}>
      <Typography.Title level={5}>{t('siteLinks.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('siteLinks.hint')}</Typography.Paragraph>
      {links.error && <ErrorAlert error={links.error} onRetry={() => links.refetch()} />}
      <Permitted permission={manage} unitId={unitId}>
        <Form
          form={form}
          layout="inline"
          style={{ rowGap: 8, marginBottom: 12 }}
          onFinish={(values) => add.mutate({ unitId, label: values.label.trim(), url: values.url.trim() })}
        >
          <Form.Item
            name="label"
            rules={[
              { required: true, whitespace: true, message: t('siteLinks.labelRequired') },
              { max: labelMax, message: t('siteLinks.labelLength', { max: labelMax }) },
            ]}
          >
            <Input
              placeholder={t('siteLinks.label')}
              aria-label={t('siteLinks.label')}
              maxLength={labelMax}
              data-testid="site-link-label"
            />
          </Form.Item>
          <Form.Item
            name="url"
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/i, message: t('siteLinks.urlInvalid') }]}
          >
            <Input
              placeholder="https://"
              aria-label={t('siteLinks.url')}
              maxLength={urlMax}
              style={{ width: 280 }}
              data-testid="site-link-url"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="site-link-add">
            {t('siteLinks.add')}
          </Button>
        </Form>
      </Permitted>
      <Table<Link>
        rowKey="id"
        size="small"
        loading={links.isLoading}
        columns={columns}
        dataSource={links.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('siteLinks.empty')} /> }}
      />
    </section>
  );
}
