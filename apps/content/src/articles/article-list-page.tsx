import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, ExportCsvButton, PageFrame, Permitted } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useTRPC, useTRPCClient } from '../trpc';
import { articleCsvColumns } from './article-csv';
import { ArticleFilters } from './article-filters';
import {
  type ArticleListState,
  defaultListState,
  readListState,
  toListInput,
  withFilter,
  writeListState,
} from './article-list-state';
import { ArticleTable } from './article-table';

export function ArticleListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const input = toListInput(state, unitId);
  const list = useQuery({ ...trpc.content.articles.list.queryOptions(input), placeholderData: keepPreviousData });
  const csvColumns = articleCsvColumns({
    header: (key) => t(`articles.table.${key}`),
    status: (status) => t(`articleStatus.${status}`),
    date: (iso) => formatDateTime(iso, i18n.language),
  });

  const update = (patch: Partial<ArticleListState>) => setParams(writeListState(withFilter(state, patch)));
  // Another unit in the switcher: the old filters (a sub-unit, its column) no longer apply.
  const previousUnit = useRef(unitId);
  useEffect(() => {
    if (previousUnit.current === unitId) return;
    previousUnit.current = unitId;
    setParams(writeListState(defaultListState), { replace: true });
  }, [unitId, setParams]);

  return (
    <PageFrame
      title={t('articles.title')}
      testId="article-list-page"
      extra={
        <Space>
          <ExportCsvButton
            fetchPage={(page, pageSize, signal) =>
              client.content.articles.list.query({ ...input, page, pageSize }, { signal })
            }
            columns={csvColumns}
            fileName={t('articles.export.fileName')}
            testId="article-export"
          />
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
        </Space>
      }
    >
      <ArticleFilters
        state={state}
        currentUnitId={unitId}
        onChange={update}
        onReset={() => setParams(writeListState(defaultListState))}
      />
      {list.error && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <ArticleTable basePath={basePath} state={state} data={list.data} loading={list.isFetching} onChange={update} />
    </PageFrame>
  );
}
