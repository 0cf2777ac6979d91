// The ledger: the current unit's books, newest entry first, filtered by dues month, kind and member and paged on the
// server, the state in the URL. Whoever records dues at the unit assesses a month (the result, with the members who
// have no base and the way to enter theirs, stays on the page), closes a month (asked first), and corrects an entry
// that is neither a correction nor corrected already. Every reader verifies the chain: the unit's own, or every chain
// below a township; what it found stays on the page.
import { ErrorAlert, PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Input, Select } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessResult, EntryRow } from '../common/api-types';
import { entryKinds, verifiesSubtree } from '../common/domain-values';
import type { BaseMember } from '../members/set-base-modal';
import { useTRPC, useTRPCClient } from '../trpc';
import { AssessResultView } from './assess-result';
import { correctable, ledgerExportColumns, useLedgerColumns } from './ledger-columns';
import { ledgerSpec, toEntryListInput } from './ledger-spec';
import { VerifyResultView } from './verify-result';

const AssessModal = lazy(() => import('./assess-modal').then((m) => ({ default: m.AssessModal })));
const CloseMonthModal = lazy(() => import('./close-month-modal').then((m) => ({ default: m.CloseMonthModal })));
const CorrectModal = lazy(() => import('./correct-modal').then((m) => ({ default: m.CorrectModal })));
const SetBaseModal = lazy(() => import('../members/set-base-modal').then((m) => ({ default: m.SetBaseModal })));

type Dialog = 'assess' | 'close' | 'correct' | 'base';

export function LedgerPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(ledgerSpec, { scope: unitId });
  const input = toEntryListInput(list.query, unitId);
  const result = useQuery({ ...trpc.dues.ledger.list.queryOptions(input), placeholderData: keepPreviousData });
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const subtree = verifiesSubtree(units.data?.find((u) => u.id === unitId)?.kind);

  // Each dialog stays mounted once opened (its closing animates).
  const [mounted, setMounted] = useState<Partial<Record<Dialog, boolean>>>({});
  const [open, setOpen] = useState<Dialog>();
  const show = (dialog: Dialog) => {
    setMounted((m) => ({ ...m, [dialog]: true }));
    setOpen(dialog);
  };
  const closeDialog = () => setOpen(undefined);
  const [correcting, setCorrecting] = useState<EntryRow>();
  const [basing, setBasing] = useState<BaseMember>();
  const [assessed, setAssessed] = useState<AssessResult>();
  const verify = useMutation({
    mutationFn: () => client.dues.ledger.verify.query({ unitId, subtree }),
  });

  const columns = useLedgerColumns(basePath, (row) =>
    correctable(row) ? (
      <Permitted permission="dues.record" unitId={unitId}>
        <Button
          type="link"
          size="small"
          danger
          onClick={() => {
            setCorrecting(row);
            show('correct');
          }}
          data-testid={`ledger-correct-${row.seq}`}
        >
          {t('correct.action')}
        </Button>
      </Permitted>
    ) : null,
  );

  const searchFields: SearchField[] = [
    {
      name: 'month',
      label: t('ledger.filters.month'),
      input: <Input type="month" placeholder="YYYY-MM" data-testid="ledger-filter-month" />,
    },
    {
      name: 'kind',
      label: t('ledger.filters.kind'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={entryKinds.map((value) => ({ value, label: t(`entryKind.${value}`) }))}
          data-testid="ledger-filter-kind"
        />
      ),
    },
    {
      name: 'memberId',
      label: t('ledger.filters.memberId'),
      input: (
        <Input
          inputMode="numeric"
          allowClear
          placeholder={t('ledger.filters.memberIdPlaceholder')}
          data-testid="ledger-filter-member"
        />
      ),
    },
  ];

  return (
    <PageFrame title={t('ledger.title')} testId="ledger-page">
      {assessed && (
        <AssessResultView
          result={assessed}
          onClose={() => setAssessed(undefined)}
          onSetBase={(member) => {
            setBasing(member);
            show('base');
          }}
        />
      )}
      {verify.data && <VerifyResultView result={verify.data} onClose={() => verify.reset()} />}
      {verify.error && <ErrorAlert error={verify.error} onRetry={() => verify.mutate()} />}
      <ListTable
        listId="dues.ledger"
        label={t('ledger.tableLabel')}
        userId={access.userId}
        testId="ledger"
        list={list}
        rowKey="seq"
        columns={columns}
        result={result}
        scrollX={1500}
        emptyText={t('ledger.empty')}
        searchFields={searchFields}
        actions={
          <>
            <Permitted permission="dues.record" unitId={unitId}>
              <Button type="primary" onClick={() => show('assess')} data-testid="ledger-assess">
                {t('assess.action')}
              </Button>
            </Permitted>
            <Permitted permission="dues.record" unitId={unitId}>
              <Button onClick={() => show('close')} data-testid="ledger-close">
                {t('close.action')}
              </Button>
            </Permitted>
            <Permitted permission="dues.read" unitId={unitId}>
              <Button
                loading={verify.isPending}
                // Which books it reads (a township's whole subtree) follows from the unit's kind.
                disabled={units.isLoading}
                onClick={() => verify.mutate()}
                data-testid="ledger-verify"
              >
                {verify.isPending ? t('verify.running') : t('verify.action')}
              </Button>
            </Permitted>
          </>
        }
        exporting={{
          fetchPage: (page: number, pageSize: number, signal?: AbortSignal) =>
            client.dues.ledger.list.query({ ...input, page, pageSize }, { signal }),
          columns: ledgerExportColumns(t),
          fileName: t('ledger.export.fileName'),
        }}
      />
      <Suspense fallback={null}>
        {mounted.assess && (
          <AssessModal unitId={unitId} open={open === 'assess'} onClose={closeDialog} onAssessed={setAssessed} />
        )}
        {mounted.close && <CloseMonthModal unitId={unitId} open={open === 'close'} onClose={closeDialog} />}
        {mounted.correct && (
          <CorrectModal unitId={unitId} entry={open === 'correct' ? correcting : undefined} onClose={closeDialog} />
        )}
        {mounted.base && <SetBaseModal member={open === 'base' ? basing : undefined} onClose={closeDialog} />}
      </Suspense>
    </PageFrame>
  );
}
