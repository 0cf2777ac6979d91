import { formatDateTime } from '@strata/i18n';
import { useAccess } from '@strata/ui';
import type { ListColumn } from '@strata/ui/list-page';
import { Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleRow } from '../common/api-types';
import { ArticleActions } from './article-actions';
import { StatusTag } from './status-tag';

/** The articles list's columns: long titles cut short with the whole title on hover; the row's actions last. */
export function useArticleColumns(basePath: string): ListColumn<ArticleRow>[] {
  const access = useAccess();
  const { t, i18n } = useTranslation('content');
  const date = (iso: string | null) => formatDateTime(iso, i18n.language);
  return [
    {
      key: 'title',
      title: t('articles.table.titleCol'),
      width: 320,
      sorter: true,
      ellipsis: true,
      render: (_, row) => (
        <Tooltip placement="topLeft" title={row.title}>
          <Link to={`${basePath}/articles/${row.id}`}>{row.title}</Link>
        </Tooltip>
      ),
    },
    { key: 'column', title: t('articles.table.column'), dataIndex: 'columnName', width: 120, ellipsis: true },
    { key: 'unit', title: t('articles.table.unit'), dataIndex: 'unitName', width: 140, ellipsis: true },
    {
      key: 'status',
      title: t('articles.table.status'),
      width: 150,
      render: (_, row) => <StatusTag status={row.status} siteState={row.siteState} />,
    },
    { key: 'author', title: t('articles.table.author'), dataIndex: 'authorName', width: 140, ellipsis: true },
    {
      // How many other sites of the network show it (shared down, recommended up and accepted, reposted).
      key: 'placed',
      title: t('articles.table.placed'),
      width: 100,
      align: 'right',
      render: (_, row) => (row.placedCount ? row.placedCount : '—'),
    },
    ...(['updatedAt', 'publishedAt', 'createdAt'] as const).map(
      (key): ListColumn<ArticleRow> => ({
        key,
        title: t(`articles.table.${key}`),
        width: 170,
        sorter: true,
        hidden: key === 'createdAt',
        render: (_: unknown, row: ArticleRow) => date(row[key]),
      }),
    ),
    {
      key: 'actions',
      title: t('articles.table.actions'),
      width: 170,
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
}
