import { PageFrame, useAccess } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LetterView } from '../common/api-types';
import { letterKinds } from '../common/domain-values';
import { useTRPC, useTRPCClient } from '../trpc';
import { letterExportColumns, useLetterColumns } from './letter-columns';
import { defaultView, letterListSpec, toLetterListInput, viewOf } from './letter-list-spec';
import { ViewSwitch } from './view-switch';

/** The views whose counts the switch shows: what needs a handler now. */
const countedViews = ['dueSoon', 'overdue', 'escalated'] as const satisfies readonly LetterView[];

/** How many letters of the unit stand in `view` (one row asked for: the total is what counts). */
function useViewCount(unitId: number, view: LetterView) {
  const trpc = useTRPC();
  const input = { unitId, view, sort: 'dueAt', order: 'asc', page: 1, pageSize: 1 } as const;
  return useQuery({ ...trpc.mailbox.letters.list.queryOptions(input), select: (page) => page.total }).data;
}

/** The letter queue of the current unit and the units below it: views, filters and order in the URL, export. */
export function LetterListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(letterListSpec, { scope: unitId });
  const input = toLetterListInput(list.query, unitId);
  const result = useQuery({ ...trpc.mailbox.letters.list.queryOptions(input), placeholderData: keepPreviousData });
  const columns = useLetterColumns(basePath);
  const counts = {
    dueSoon: useViewCount(unitId, 'dueSoon'),
    overdue: useViewCount(unitId, 'overdue'),
    escalated: useViewCount(unitId, 'escalated'),
  } satisfies Record<(typeof countedViews)[number], number | undefined>;
  const view = viewOf(list.query);
  const showView = (next: LetterView) =>
    list.setFilters({ ...list.query.filters, view: next === defaultView ? undefined : next });

  return (
    <PageFrame title={t('letters.title')} testId="letter-list-page">
      <ViewSwitch value={view} onChange={showView} counts={counts} />
      <ListTable
        listId="mailbox.letters"
        label={t('letters.tableLabel')}
        userId={access.userId}
        testId="letter"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1250}
        emptyText={t('letters.empty')}
        searchFields={[
          {
            name: 'q',
            label: t('letters.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                maxLength={50}
                placeholder={t('letters.filters.qPlaceholder')}
                data-testid="letter-filter-search"
              />
            ),
          },
          {
            name: 'kind',
            label: t('letters.filters.kind'),
            input: (
              <Select
                allowClear
                placeholder={t('letters.filters.allKinds')}
                options={letterKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
                data-testid="letter-filter-kind"
              />
            ),
          },
        ]}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.mailbox.letters.list.query({ ...input, page, pageSize }, { signal }),
          columns: letterExportColumns(t, i18n.language),
          fileName: `${t('letters.export.fileName')}-${t(`view.${view}`)}`,
        }}
      />
    </PageFrame>
  );
}
