// The ledger's columns: the entry number, its kind (a correction names the entry it reverses, a corrected entry the
// correction), the member, the dues month, the amount (a reversal's negative in red), the day it was booked, the
// receipt, who recorded it, the note and the start of its hash (the whole in a tooltip). The export says the same.
import { formatFen } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryKind, EntryRow } from '../common/api-types';
import { Money, tabular } from '../common/money';
import { formatMonth } from '../common/month-text';

const kindColor: Record<EntryKind, string> = {
  assessment: 'blue',
  payment: 'green',
  reduction: 'orange',
  extra: 'cyan',
  remittanceOut: 'purple',
  remittanceIn: 'geekblue',
};

/** Whether an entry can still be corrected: not a correction itself, and not corrected already. */
export const correctable = (row: Pick<EntryRow, 'reversesSeq' | 'reversedBySeq'>) =>
  row.reversesSeq === null && row.reversedBySeq === null;

export function useLedgerColumns(basePath: string, actions: (row: EntryRow) => ReactNode): ListColumn<EntryRow>[] {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  const c = (key: string) => t(`ledger.columns.${key}`);
  return [
    {
      key: 'seq',
      title: c('seq'),
      width: 80,
      sorter: true,
      fixed: 'left',
      render: (_, row) => <span style={tabular}>#{row.seq}</span>,
    },
    {
      key: 'kind',
      title: c('kind'),
      width: 170,
      render: (_, row) => (
        <Flex vertical gap={2} align="start" data-testid={`ledger-kind-${row.seq}`}>
          <Tag color={kindColor[row.kind]}>{t(`entryKind.${row.kind}`)}</Tag>
          {row.reversesSeq !== null && (
            <Typography.Text type="secondary" data-testid="ledger-correction-of">
              {t('ledger.correctionOf', { seq: row.reversesSeq })}
            </Typography.Text>
          )}
          {row.reversedBySeq !== null && (
            <Typography.Text type="warning" data-testid="ledger-corrected-by">
              {t('ledger.correctedBy', { seq: row.reversedBySeq })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'member',
      title: c('member'),
      width: 110,
      render: (_, row) =>
        row.memberId !== null ? (
          <Link to={`${basePath}/members/${row.memberId}`}>{row.memberName ?? `#${row.memberId}`}</Link>
        ) : row.counterpartName !== null ? (
          <span data-testid={`ledger-counterpart-${row.seq}`}>
            {t(row.kind === 'remittanceIn' ? 'ledger.fromUnit' : 'ledger.toUnit', { unit: row.counterpartName })}
          </span>
        ) : (
          t('none')
        ),
    },
    { key: 'month', title: c('month'), width: 110, render: (_, row) => formatMonth(row.month, language) },
    {
      key: 'amount',
      title: c('amount'),
      width: 120,
      align: 'right',
      render: (_, row) => <Money fen={row.amountFen} testId={`ledger-amount-${row.seq}`} />,
    },
    { key: 'on', title: c('on'), width: 130, render: (_, row) => formatCalendarDay(row.on, language) },
    {
      key: 'receipt',
      title: c('receipt'),
      width: 170,
      render: (_, row) => <span style={tabular}>{row.receiptNo ?? t('none')}</span>,
    },
    { key: 'actor', title: c('actor'), width: 110, render: (_, row) => row.actorName ?? t('ledger.system') },
    { key: 'note', title: c('note'), dataIndex: 'note', width: 180, ellipsis: true },
    {
      key: 'hash',
      title: c('hash'),
      width: 110,
      render: (_, row) => (
        <Tooltip title={<span style={{ wordBreak: 'break-all' }}>{row.hash}</span>}>
          <Typography.Text code data-testid={`ledger-hash-${row.seq}`}>
            {row.hash.slice(0, 8)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'actions', title: c('actions'), width: 90, render: (_, row) => actions(row) },
  ];
}

/** The export's columns, amounts in yuan, the hash whole. */
export function ledgerExportColumns(t: TFunction): ExportColumn<EntryRow>[] {
  const c = (key: string) => t(`dues:ledger.columns.${key}`);
  return [
    { title: c('seq'), value: (r) => r.seq },
    {
      title: c('kind'),
      value: (r) =>
        [
          t(`dues:entryKind.${r.kind}`),
          r.reversesSeq !== null ? t('dues:ledger.correctionOf', { seq: r.reversesSeq }) : '',
          r.reversedBySeq !== null ? t('dues:ledger.correctedBy', { seq: r.reversedBySeq }) : '',
        ]
          .filter(Boolean)
          .join(' / '),
    },
    { title: c('member'), value: (r) => r.memberName ?? r.counterpartName ?? '' },
    { title: c('month'), value: (r) => r.month },
    { title: c('amount'), value: (r) => formatFen(r.amountFen) },
    { title: c('on'), value: (r) => r.on },
    { title: c('receipt'), value: (r) => r.receiptNo ?? '' },
    { title: c('actor'), value: (r) => r.actorName ?? t('dues:ledger.system') },
    { title: c('note'), value: (r) => r.note },
    { title: c('hash'), value: (r) => r.hash },
  ];
}
