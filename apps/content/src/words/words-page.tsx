import { applyFieldErrors, ErrorAlert, errorMessage, PageFrame, Permitted, useScrollRegion } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WordRow } from '../common/api-types';
import { usePageMessages } from '../common/page-messages';
import { useTRPC } from '../trpc';
import { wordsMessages } from './words-messages';

const wordMax = 30;

/**
 * The current unit's sensitive words: its own (its managers add and remove them) and those of every unit above,
 * which apply here too. `block` words stop an article being submitted or published; `warn` words are shown to
 * its reviewer.
 */
export function WordsPage({ unitId }: { unitId: number }) {
  usePageMessages('words', wordsMessages);
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ word: string; level: 'block' | 'warn' }>();
  const words = useQuery(trpc.content.words.list.queryOptions({ unitId }));
  const tableBox = useScrollRegion(t('words.title'));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.content.words.list.queryKey() });
  const add = useMutation(
    trpc.content.words.add.mutationOptions({
      onSuccess: async () => {
        message.success(t('words.added'));
        form.resetFields(['word']);
        await refresh();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorMessage(error, t));
      },
    }),
  );
  const remove = useMutation(
    trpc.content.words.remove.mutationOptions({
      onSuccess: async () => {
        message.success(t('words.removed'));
        await refresh();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const levelOptions = (['block', 'warn'] as const).map((value) => ({ value, label: t(`words.level.${value}`) }));

  return (
    <PageFrame title={t('words.title')} testId="words-page">
      <Typography.Paragraph type="secondary">{t('words.intro')}</Typography.Paragraph>
      <Permitted permission="content.manage" unitId={unitId}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ level: 'block' }}
          onFinish={(values) => add.mutate({ unitId, ...values })}
          style={{ marginBottom: 16, rowGap: 8 }}
          data-testid="word-add-form"
        >
          <Form.Item
            name="word"
            label={t('words.word')}
            rules={[{ required: true, whitespace: true, message: t('words.wordRequired') }, { max: wordMax }]}
          >
            <Input maxLength={wordMax} data-testid="word-input" />
          </Form.Item>
          <Form.Item name="level" label={t('words.levelLabel')}>
            <Select options={levelOptions} style={{ width: 140 }} aria-label={t('words.levelLabel')} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="word-add">
              {t('words.add')}
            </Button>
          </Form.Item>
        </Form>
      </Permitted>
      {words.error ? (
        <ErrorAlert error={words.error} onRetry={() => words.refetch()} />
      ) : (
        <div ref={tableBox}>
          <Table<WordRow>
            rowKey="id"
            size="small"
            loading={words.isLoading}
            dataSource={words.data ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            locale={{ emptyText: <Empty description={t('words.empty')} /> }}
            data-testid="words-table"
            columns={[
              { key: 'word', title: t('words.word'), dataIndex: 'word' },
              {
                key: 'level',
                title: t('words.levelLabel'),
                width: 120,
                render: (_, row) => (
                  <Tag color={row.level === 'block' ? 'red' : 'orange'}>{t(`words.level.${row.level}`)}</Tag>
                ),
              },
              {
                key: 'unit',
                title: t('words.unit'),
                width: 200,
                render: (_, row) => (row.inherited ? t('words.inheritedFrom', { unit: row.unitName }) : row.unitName),
              },
              {
                key: 'actions',
                title: t('words.actions'),
                width: 100,
                render: (_, row) =>
                  !row.inherited && (
                    <Permitted permission="content.manage" unitId={row.unitId}>
                      <Popconfirm
                        title={t('words.removeTitle', { word: row.word })}
                        okText={t('common.delete')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutate({ id: row.id })}
                      >
                        <Button type="link" size="small" danger data-testid={`word-remove-${row.id}`}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Permitted>
                  ),
              },
            ]}
          />
        </div>
      )}
    </PageFrame>
  );
}
