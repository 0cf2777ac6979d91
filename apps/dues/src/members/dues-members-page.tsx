// Dues collection: the paying members of the current unit's subtree (probationary and full, active or floating) with
// their base, what it makes a month, the current month's standing and the arrears before it, found by name, the
// flagged ones (six or more months behind) on their own, sorted by name or arrears on the server, the state in the
// URL. Each row offers, to whoever records dues at the member's unit, a payment, a new base and a proposed hardship
// reduction (their dialogs load when first opened), and to every reader the member's statement. Whoever records dues
// at the unit imports bases from a sheet. The export writes what the filter matches.
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Select } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesMemberRow, PaymentResult } from '../common/api-types';
import { newRequestKey } from '../common/request-key';
import { useTRPC, useTRPCClient } from '../trpc';
import { duesMemberExportColumns, useDuesMemberColumns } from './dues-member-columns';
import { duesMembersSpec, toDuesMemberInput } from './dues-members-spec';

// The dialogs come when first opened: the list's first visit carries neither.
const RecordPaymentModal = lazy(() =>
  import('./record-payment-modal').then((m) => ({ default: m.RecordPaymentModal })),
);
const SetBaseModal = lazy(() => import('./set-base-modal').then((m) => ({ default: m.SetBaseModal })));
const ProposeHardshipModal = lazy(() =>
  import('../hardship/propose-hardship-modal').then((m) => ({ default: m.ProposeHardshipModal })),
);
const ImportBasesModal = lazy(() => import('../bases-import/import-bases-modal'));

/** A payment dialog's opening: the member, and the key its every try sends (made once, when it opens). */
export type PaymentOpening = { member: DuesMemberRow; requestKey: string };
type Recorded = PaymentResult & { name: string };

export function DuesMembersPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(duesMembersSpec, { scope: unitId });
  const input = toDuesMemberInput(list.query, unitId);
  const result = useQuery({ ...trpc.dues.members.list.queryOptions(input), placeholderData: keepPreviousData });
  // Each dialog stays mounted once opened (its closing animates); its opening says what it is open for.
  const [paying, setPaying] = useState<PaymentOpening>();
  const [basing, setBasing] = useState<DuesMemberRow>();
  const [proposing, setProposing] = useState<DuesMemberRow>();
  const [importing, setImporting] = useState(false);
  const [opened, setOpened] = useState({ payment: false, base: false, propose: false });
  const [recorded, setRecorded] = useState<Recorded>();

  const columns = useDuesMemberColumns(basePath, (row) => (
    <Flex wrap gap={4}>
      <Permitted permission="dues.record" unitId={row.unitId}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpened((o) => ({ ...o, payment: true }));
            setPaying({ member: row, requestKey: newRequestKey() });
          }}
          data-testid={`dues-record-${row.id}`}
        >
          {t('members.record')}
        </Button>
      </Permitted>
      <Permitted permission="dues.record" unitId={row.unitId}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpened((o) => ({ ...o, base: true }));
            setBasing(row);
          }}
          data-testid={`dues-set-base-${row.id}`}
        >
          {t('members.setBase')}
        </Button>
      </Permitted>
      <Permitted permission="dues.record" unitId={row.unitId}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpened((o) => ({ ...o, propose: true }));
            setProposing(row);
          }}
          data-testid={`dues-propose-${row.id}`}
        >
          {t('members.propose')}
        </Button>
      </Permitted>
      <Link to={`${basePath}/members/${row.id}`} data-testid={`dues-statement-${row.id}`}>
        {t('members.statement')}
      </Link>
    </Flex>
  ));

  const searchFields: SearchField[] = [
    {
      name: 'q',
      label: t('members.filters.q'),
      input: (
        <Input type="search" allowClear placeholder={t('members.filters.qPlaceholder')} data-testid="dues-filter-q" />
      ),
    },
    {
      name: 'flagged',
      label: t('members.filters.flagged'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={[{ value: 'true', label: t('members.filters.flaggedOnly') }]}
          data-testid="dues-filter-flagged"
        />
      ),
    },
  ];

  return (
    <PageFrame title={t('members.title')} testId="dues-members-page">
      {recorded && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setRecorded(undefined) }}
          data-testid="dues-recorded"
          title={
            <Flex wrap gap={8} align="center">
              <span>{t('payment.done', { name: recorded.name, receiptNo: recorded.receiptNo })}</span>
              <Link to={`${basePath}/receipts/${recorded.id}`} data-testid="dues-recorded-print">
                {t('payment.print')}
              </Link>
            </Flex>
          }
        />
      )}
      <ListTable
        listId="dues.members"
        label={t('members.tableLabel')}
        userId={access.userId}
        testId="dues-members"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1530}
        emptyText={t('members.empty')}
        searchFields={searchFields}
        actions={
          <Permitted permission="dues.record" unitId={unitId}>
            <Button onClick={() => setImporting(true)} data-testid="dues-import-bases">
              {t('members.importBases')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page: number, pageSize: number, signal?: AbortSignal) =>
            client.dues.members.list.query({ ...input, page, pageSize }, { signal }),
          columns: duesMemberExportColumns(t),
          fileName: t('members.export.fileName'),
        }}
      />
      <Suspense fallback={null}>
        {opened.payment && (
          <RecordPaymentModal
            opening={paying}
            onClose={() => setPaying(undefined)}
            onRecorded={(done) => setRecorded({ ...done, name: paying?.member.name ?? '' })}
          />
        )}
        {opened.base && <SetBaseModal member={basing} onClose={() => setBasing(undefined)} />}
        {opened.propose && <ProposeHardshipModal member={proposing} onClose={() => setProposing(undefined)} />}
        {importing && <ImportBasesModal unitId={unitId} onClose={() => setImporting(false)} />}
      </Suspense>
    </PageFrame>
  );
}
