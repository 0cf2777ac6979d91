import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC, useTRPCClient } from '../trpc';
import { useArticleColumns } from './article-columns';
import { articleCsvColumns } from './article-csv';
import { useArticleSearchFields } from './article-filters';
import { articleListSpec, toListInput } from './article-list-spec';

/** The current unit's articles (its subtree): the list kit's search form, columns, export and paging. */
export function ArticleListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const navigate = useNavigate();
  const access = useAccess();
  const list = useListQuery(articleListSpec, { scope: unitId });
  const input = toListInput(list.query, unitId);
  const result = useQuery({ ...trpc.content.articles.list.queryOptions(input), placeholderData: keepPreviousData });
  const columns = useArticleColumns(basePath);
  const searchFields = useArticleSearchFields(unitId);

  return (
    <PageFrame title={t('articles.title')} testId="article-list-page">
      <ListTable
        listId="content.articles"
        label={t('articles.title')}
        userId={access.userId}
        testId="article"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1200}
        searchFields={searchFields}
        actions={
          <Permitted permission="content.write">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="article-new"
              onClick={() => navigate(`${basePath}/articles/new`)}
            >
              {t('articles.newArticle')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.content.articles.list.query({ ...input, page, pageSize }, { signal }),
          columns: articleCsvColumns({
            header: (key) => t(`articles.table.${key}`),
            status: (status) => t(`articleStatus.${status}`),
            date: (iso) => formatDateTime(iso, i18n.language),
          }),
          fileName: t('articles.export.fileName'),
        }}
      />
    </PageFrame>
  );
}
