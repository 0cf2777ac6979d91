// Remittances (党费上缴): in one tab what the current unit's subtree sent up, in the other what the unit received from
// the units below, filtered by month and paged on the server, the tab and the state in the URL. Whoever records dues
// at the unit remits a month to the unit above, and confirms what arrived from below (the amount sent offered); the
// dialogs load when first opened.
import { PlusOutlined } from '@ant-design/icons';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, type SearchField, useAddressParams, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemittanceRow } from '../common/api-types';
import { remittanceDirections } from '../common/domain-values';
import { useTRPC } from '../trpc';
import { useRemittanceColumns } from './remittance-columns';
import { readDirection, remittancesSpec, toRemittanceInput } from './remittances-spec';

const RemitModal = lazy(() => import('./remit-modal').then((m) => ({ default: m.RemitModal })));
const ReceiveModal = lazy(() => import('./receive-modal').then((m) => ({ default: m.ReceiveModal })));

export function RemittancesPage({ unitId }: { unitId: number }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const access = useAccess();
  const list = useListQuery(remittancesSpec, { scope: unitId });
  const [params, setParams] = useAddressParams();
  const direction = readDirection(params.get('tab'));
  const input = toRemittanceInput(list.query, direction, unitId);
  const result = useQuery({ ...trpc.dues.remittances.list.queryOptions(input), placeholderData: keepPreviousData });
  // Each dialog stays mounted once opened (its closing animates).
  const [mounted, setMounted] = useState({ remit: false, receive: false });
  const [remitting, setRemitting] = useState(false);
  const [receiving, setReceiving] = useState<RemittanceRow>();

  const switchTab = (key: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (key === 'sent') next.delete('tab');
      else next.set('tab', key);
      next.delete('page');
      return next;
    });

  const columns = useRemittanceColumns(
    direction === 'received'
      ? (row) =>
          row.receivedFen === null ? (
            <Permitted permission="dues.record" unitId={unitId}>
              <Button
                type="link"
                size="small"
                onClick={() => {
                  setMounted((m) => ({ ...m, receive: true }));
                  setReceiving(row);
                }}
                data-testid={`remittance-confirm-${row.id}`}
              >
                {t('remittances.confirm')}
              </Button>
            </Permitted>
          ) : null
      : undefined,
  );

  const searchFields: SearchField[] = [
    {
      name: 'period',
      label: t('remittances.filters.period'),
      input: <Input type="month" placeholder="YYYY-MM" data-testid="remittances-filter-period" />,
    },
  ];

  return (
    <PageFrame title={t('remittances.title')} testId="remittances-page">
      <Tabs
        activeKey={direction}
        onChange={switchTab}
        items={remittanceDirections.map((key) => ({ key, label: t(`remittances.tabs.${key}`) }))}
        data-testid="remittances-tabs"
      />
      <ListTable
        listId={`dues.remittances.${direction}`}
        label={t('remittances.tableLabel')}
        userId={access.userId}
        testId="remittances"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1300}
        emptyText={t(`remittances.empty.${direction}`)}
        searchFields={searchFields}
        actions={
          <Permitted permission="dues.record" unitId={unitId}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setMounted((m) => ({ ...m, remit: true }));
                setRemitting(true);
              }}
              data-testid="remittances-remit"
            >
              {t('remittances.remit')}
            </Button>
          </Permitted>
        }
      />
      <Suspense fallback={null}>
        {mounted.remit && <RemitModal unitId={unitId} open={remitting} onClose={() => setRemitting(false)} />}
        {mounted.receive && <ReceiveModal remittance={receiving} onClose={() => setReceiving(undefined)} />}
      </Suspense>
    </PageFrame>
  );
}
