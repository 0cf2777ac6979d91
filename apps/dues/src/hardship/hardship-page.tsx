// Dues reductions (党费减免): the hardship requests of the current unit's subtree, newest first, filtered by state and
// paged on the server, the state in the URL. A request the reader decides (proposed, and they hold dues.approve above
// its branch: the server says so in `canDecide`) offers the decision; its dialog loads when first opened. Requests are
// proposed from the collection list, member by member.
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HardshipRow } from '../common/api-types';
import { hardshipStates } from '../common/domain-values';
import { useTRPC } from '../trpc';
import { useHardshipColumns } from './hardship-columns';
import { hardshipSpec, toHardshipInput } from './hardship-spec';

const DecideHardshipModal = lazy(() =>
  import('./decide-hardship-modal').then((m) => ({ default: m.DecideHardshipModal })),
);

export function HardshipPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const access = useAccess();
  const list = useListQuery(hardshipSpec, { scope: unitId });
  const input = toHardshipInput(list.query, unitId);
  const result = useQuery({ ...trpc.dues.hardship.list.queryOptions(input), placeholderData: keepPreviousData });
  // The dialog stays mounted once opened (its closing animates).
  const [opened, setOpened] = useState(false);
  const [deciding, setDeciding] = useState<HardshipRow>();

  const columns = useHardshipColumns(basePath, (row) =>
    row.canDecide ? (
      <Permitted permission="dues.approve" unitId={row.unitId}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpened(true);
            setDeciding(row);
          }}
          data-testid={`hardship-decide-${row.id}`}
        >
          {t('hardship.decide')}
        </Button>
      </Permitted>
    ) : null,
  );

  const searchFields: SearchField[] = [
    {
      name: 'state',
      label: t('hardship.filters.state'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={hardshipStates.map((value) => ({ value, label: t(`hardshipState.${value}`) }))}
          data-testid="hardship-filter-state"
        />
      ),
    },
  ];

  return (
    <PageFrame title={t('hardship.title')} testId="hardship-page">
      <ListTable
        listId="dues.hardship"
        label={t('hardship.tableLabel')}
        userId={access.userId}
        testId="hardship"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1400}
        emptyText={t('hardship.empty')}
        searchFields={searchFields}
      />
      <Suspense fallback={null}>
        {opened && <DecideHardshipModal request={deciding} onClose={() => setDeciding(undefined)} />}
      </Suspense>
    </PageFrame>
  );
}
