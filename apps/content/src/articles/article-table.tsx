import { formatDateTime } from '@strata/i18n';
import { useAccess } from '@strata/ui';
import { Empty, Space, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleListOutput, ArticleRow, ArticleSort } from '../common/api-types';
import { articleSorts } from '../common/domain-values';
import { ArticleActions } from './article-actions';
import type { ArticleListState } from './article-list-state';
import { StatusTag } from './status-tag';

interface ArticleTableProps {
  basePath: string;
  state: ArticleListState;
  data: ArticleListOutput | undefined;
  loading: boolean;
  onChange: (patch: Partial<ArticleListState>) => void;
}

const isSort = (key: unknown): key is ArticleSort => articleSorts.some((s) => s === key);

export function ArticleTable({ basePath, state, data, loading, onChange }: ArticleTableProps) {
  const access = useAccess();
  const { t, i18n } = useTranslation('content');
  const sortOrder = (key: ArticleSort) =>
    state.sort === key ? (state.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const date = (iso: string | null) => formatDateTime(iso, i18n.language);

  const columns: TableProps<ArticleRow>['columns'] = [
    {
      key: 'title',
      title: t('articles.table.titleCol'),
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (_, row) => <Link to={`${basePath}/articles/${row.id}`}>{row.title}</Link>,
    },
    { key: 'column', title: t('articles.table.column'), dataIndex: 'columnName' },
    { key: 'unit', title: t('articles.table.unit'), dataIndex: 'unitName' },
    { key: 'status', title: t('articles.table.status'), render: (_, row) => <StatusTag status={row.status} /> },
    { key: 'author', title: t('articles.table.author'), dataIndex: 'authorName' },
    ...(['updatedAt', 'publishedAt', 'createdAt'] as const).map((key) => ({
      key,
      title: t(`articles.table.${key}`),
      sorter: true,
      sortOrder: sortOrder(key),
      render: (_: unknown, row: ArticleRow) => date(row[key]),
    })),
    {
      key: 'actions',
      title: t('articles.table.actions'),
      // What each row offers follows its workflow state and the caller's rights there, as the server says.
      render: (_, row) => (
        <Space size={0}>
          <Link to={`${basePath}/articles/${row.id}`}>
            {access.can('content.write', row.unitId) ? t('common.edit') : t('common.view')}
          </Link>
          <ArticleActions article={row} compact />
        </Space>
      ),
    },
  ];

  const handleChange: TableProps<ArticleRow>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = one?.columnKey;
      // A third click clears the sort: fall back to the default order rather than none.
      onChange(
        one?.order && isSort(key)
          ? { sort: key, order: one.order === 'ascend' ? 'asc' : 'desc' }
          : { sort: 'updatedAt', order: 'desc' },
      );
    } else if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? state.pageSize;
      onChange({ page: pageSize === state.pageSize ? (pagination.current ?? 1) : 1, pageSize });
    }
  };

  return (
    <Table<ArticleRow>
      data-testid="article-table"
      aria-label={t('articles.table.label')}
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      locale={{ emptyText: <Empty description={t('articles.empty')} /> }}
      scroll={{ x: 'max-content' }}
      onChange={handleChange}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('articles.table.total', { total }),
      }}
    />
  );
}
