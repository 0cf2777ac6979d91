import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert, PageFrame, Permitted, useAccess } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Empty,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  type TableProps,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadence, Column } from '../common/api-types';
import { columnNameLimits } from '../common/limits';
import { usePageMessages } from '../common/page-messages';
import { useCadenceOptions } from '../common/use-domain-options';
import { useTRPC } from '../trpc';
import { AddColumnModal } from './add-column-modal';
import { columnsMessages } from './columns-messages';
import { SiteLinksSection } from './site-links-section';
import { useDeleteColumn } from './use-delete-column';
import { moved, useReorderColumns } from './use-reorder-columns';
import { useUpdateColumn } from './use-update-column';

const moves = [
  { step: -1, icon: <ArrowUpOutlined />, label: 'columns.moveUp', testId: 'up' },
  { step: 1, icon: <ArrowDownOutlined />, label: 'columns.moveDown', testId: 'down' },
] as const;

/** Columns are the unit's website structure: changing them is a manager's act. */
const manage = 'content.manage';

/** The current unit's website columns: reorder, rename, show/hide, update cadence, add. */
export function ColumnsPage({ unitId }: { unitId: number }) {
  usePageMessages('columns', columnsMessages);
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const columnsQuery = useQuery(trpc.content.columns.list.queryOptions({ unitId }));
  const update = useUpdateColumn();
  const cadenceOptions = useCadenceOptions();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const reorder = useReorderColumns();
  const remove = useDeleteColumn();
  const busy = (id: number) => update.isPending && update.variables?.id === id;
  const ids = (columnsQuery.data ?? []).map((c) => c.id);
  const move = (index: number, direction: -1 | 1) => reorder.mutate({ unitId, ids: moved(ids, index, direction) });

  const rename = (column: Column, raw: string) => {
    const name = raw.trim();
    if (name === column.name) return;
    const { min, max } = columnNameLimits;
    if (name.length < min || name.length > max) {
      message.error(t('columns.nameLength', { min, max }));
      return;
    }
    update.mutate({ id: column.id, name });
  };

  const canManage = useAccess().can(manage, unitId);
  const allColumns: TableProps<Column>['columns'] = [
    {
      key: 'order',
      title: t('columns.order'),
      width: 96,
      render: (_, column, index) => (
        <Space size={0}>
          {moves.map(({ step, icon, label, testId }) => (
            <Permitted key={step} permission={manage} unitId={unitId}>
              <Button
                type="text"
                size="small"
                icon={icon}
                aria-label={t(label)}
                data-testid={`column-${testId}-${column.id}`}
                disabled={!ids[index + step] || reorder.isPending}
                onClick={() => move(index, step)}
              />
            </Permitted>
          ))}
        </Space>
      ),
    },
    {
      key: 'name',
      title: t('columns.name'),
      render: (_, column) => (
        <Typography.Text
          type={column.hidden ? 'secondary' : undefined}
          {...(canManage && { 'data-permission': manage, 'data-unit': unitId })}
          editable={
            canManage && {
              tooltip: t('columns.rename'),
              maxLength: columnNameLimits.max,
              onChange: (name) => rename(column, name),
            }
          }
        >
          {column.name}
        </Typography.Text>
      ),
    },
    {
      key: 'cadence',
      title: t('columns.cadence'),
      render: (_, column) => (
        <Permitted permission={manage} unitId={unitId} whenDenied="disable">
          <Select<Cadence>
            aria-label={t('columns.cadence')}
            style={{ width: 120 }}
            value={column.cadence}
            options={cadenceOptions}
            disabled={busy(column.id)}
            onChange={(cadence) => update.mutate({ id: column.id, cadence })}
          />
        </Permitted>
      ),
    },
    {
      key: 'visible',
      title: t('columns.visible'),
      render: (_, column) => (
        <Permitted permission={manage} unitId={unitId} whenDenied="disable">
          <Switch
            aria-label={t('columns.visible')}
            checked={!column.hidden}
            loading={busy(column.id)}
            onChange={(visible) => update.mutate({ id: column.id, hidden: !visible })}
          />
        </Permitted>
      ),
    },
    { key: 'articleCount', title: t('columns.articleCount'), dataIndex: 'articleCount', align: 'right' },
    {
      key: 'actions',
      title: t('columns.actions'),
      // A column with articles is not offered for deletion (the server refuses it too, counting the recycle
      // bin's, which this count leaves out): hiding takes it off the website and keeps what readers read.
      render: (_, column) =>
        column.articleCount > 0 ? (
          <Tooltip title={t('columns.notEmpty')}>
            <Button type="link" size="small" danger disabled>
              {t('common.delete')}
            </Button>
          </Tooltip>
        ) : (
          <Popconfirm
            title={t('columns.deleteTitle', { name: column.name })}
            description={t('columns.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutate({ id: column.id })}
          >
            <Permitted permission={manage} unitId={unitId}>
              <Button
                type="link"
                size="small"
                danger
                loading={remove.isPending && remove.variables?.id === column.id}
                data-testid={`column-delete-${column.id}`}
              >
                {t('common.delete')}
              </Button>
            </Permitted>
          </Popconfirm>
        ),
    },
  ];

  // Reading only, the order arrows and the delete column have nothing to offer.
  const columns = allColumns.filter((c) => canManage || (c.key !== 'order' && c.key !== 'actions'));

  return (
    <PageFrame
      title={t('columns.title')}
      testId="columns-page"
      extra={
        <Permitted permission={manage} unitId={unitId}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="column-add">
            {t('columns.add')}
          </Button>
        </Permitted>
      }
    >
      {columnsQuery.error && <ErrorAlert error={columnsQuery.error} onRetry={() => columnsQuery.refetch()} />}
      <Table<Column>
        data-testid="column-table"
        rowKey="id"
        size="middle"
        loading={columnsQuery.isLoading}
        columns={columns}
        dataSource={columnsQuery.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('columns.empty')} /> }}
      />
      <AddColumnModal unitId={unitId} open={adding} onClose={() => setAdding(false)} />
      <SiteLinksSection unitId={unitId} />
    </PageFrame>
  );
}
