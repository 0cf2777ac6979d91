import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, useAccess } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageMessages } from '../common/page-messages';
import { UnitTreeSelect } from '../common/unit-tree-select';
import { useTRPC, useTRPCClient } from '../trpc';
import { useFreshnessColumns } from './freshness-columns';
import { freshnessExportColumns } from './freshness-export';
import { freshnessListSpec, toBoardInput } from './freshness-list-spec';
import { freshnessMessages } from './freshness-messages';
import { FreshnessTotals } from './freshness-totals';
import { freshnessStates } from './freshness-types';

/**
 * Whether the columns of the current unit and the units below it keep their update cadence: a unit a row, its
 * default columns side by side, the stalest first; a cell opens the column's articles.
 */
export function FreshnessPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  usePageMessages('freshness', freshnessMessages);
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(freshnessListSpec, { scope: unitId });
  const input = toBoardInput(list.query, unitId);
  const board = useQuery({ ...trpc.content.freshness.board.queryOptions(input), placeholderData: keepPreviousData });
  const columns = useFreshnessColumns(basePath);
  const today = board.data?.today;

  return (
    <PageFrame title={t('freshness.title')} testId="freshness-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('freshness.intro', { date: today ? formatCalendarDay(today, i18n.language) : '' })}
      </Typography.Paragraph>
      <FreshnessTotals totals={board.data?.totals} />
      <ListTable
        listId="content.freshness"
        label={t('freshness.table.label')}
        userId={access.userId}
        testId="freshness"
        list={list}
        rowKey="unitId"
        columns={columns}
        result={board}
        scrollX={1150}
        emptyText={t('freshness.empty')}
        searchFields={[
          {
            name: 'unit',
            label: t('freshness.filters.unit'),
            input: <UnitTreeSelect rootUnitId={unitId} placeholder={t('freshness.filters.allUnits')} />,
          },
          {
            name: 'state',
            label: t('freshness.filters.state'),
            input: (
              <Select
                allowClear
                data-testid="freshness-filter-state"
                placeholder={t('freshness.filters.anyState')}
                options={freshnessStates.map((state) => ({ value: state, label: t(`freshness.state.${state}`) }))}
              />
            ),
          },
        ]}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.content.freshness.board.query({ ...input, page, pageSize }, { signal }),
          columns: freshnessExportColumns({
            header: (key) =>
              key === 'unit'
                ? t('freshness.table.unit')
                : key === 'other'
                  ? t('freshness.export.other')
                  : t(`freshness.export.${key}`),
            columnHeader: (part, key) => t(`freshness.export.${part}`, { name: t(`freshness.defaultColumn.${key}`) }),
            state: (state) => t(`freshness.state.${state}`),
            dateTime: (iso) => formatDateTime(iso, i18n.language),
            otherColumn: (cell) =>
              `${cell.name}: ${t(`freshness.state.${cell.state}`)}${cell.lastPublishedAt ? ` (${formatDateTime(cell.lastPublishedAt, i18n.language)})` : ''}`,
          }),
          fileName: t('freshness.export.fileName'),
        }}
      />
    </PageFrame>
  );
}
