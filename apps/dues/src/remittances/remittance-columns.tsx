// The remittances' columns: who sent, to whom (the unit above when it is outside the reader's scope), the month, what
// was sent and when, what arrived and when, and the difference (red when not nil; "awaiting" until confirmed).
import { formatFen } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import type { ListColumn } from '@strata/ui/list-page';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemittanceRow } from '../common/api-types';
import { fenOrDash, tabular } from '../common/money';
import { formatMonth } from '../common/month-text';

/** The difference cell: awaiting until received, then received less sent, in red when it is not nil. */
export function Difference({ row }: { row: RemittanceRow }) {
  const { t } = useTranslation('dues');
  if (row.differenceFen === null)
    return (
      <Tag color="gold" data-testid={`remittance-difference-${row.id}`}>
        {t('remittances.awaiting')}
      </Tag>
    );
  return (
    <Typography.Text
      type={row.differenceFen !== 0 ? 'danger' : undefined}
      style={tabular}
      data-testid={`remittance-difference-${row.id}`}
    >
      {formatFen(row.differenceFen)}
    </Typography.Text>
  );
}

export function useRemittanceColumns(actions?: (row: RemittanceRow) => ReactNode): ListColumn<RemittanceRow>[] {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  const c = (key: string) => t(`remittances.columns.${key}`);
  const day = (value: string | null) => (value ? formatCalendarDay(value, language) : t('none'));
  const money = (fen: number | null) => <span style={tabular}>{fenOrDash(fen)}</span>;
  return [
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true, fixed: 'left' },
    {
      key: 'toUnit',
      title: c('toUnit'),
      width: 160,
      ellipsis: true,
      render: (_, row) => row.toUnitName ?? t('remittances.aboveScope'),
    },
    { key: 'period', title: c('period'), width: 110, render: (_, row) => formatMonth(row.period, language) },
    { key: 'amount', title: c('amount'), width: 130, align: 'right', render: (_, row) => money(row.amountFen) },
    { key: 'sentOn', title: c('sentOn'), width: 130, render: (_, row) => day(row.sentOn) },
    {
      key: 'received',
      title: c('received'),
      width: 130,
      align: 'right',
      render: (_, row) => money(row.receivedFen),
    },
    { key: 'receivedOn', title: c('receivedOn'), width: 130, render: (_, row) => day(row.receivedOn) },
    {
      key: 'difference',
      title: c('difference'),
      width: 120,
      align: 'right',
      render: (_, row) => <Difference row={row} />,
    },
    { key: 'note', title: c('note'), dataIndex: 'note', width: 160, ellipsis: true },
    ...(actions
      ? [{ key: 'actions', title: c('actions'), width: 110, render: (_: unknown, row: RemittanceRow) => actions(row) }]
      : []),
  ];
}
