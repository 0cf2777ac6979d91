// The reductions list's columns: the member (to their statement), the branch, the months, what the member pays a month
// meanwhile ("waived" for nothing), the reason, the state, when it was proposed and decided, and the answer.
import { formatFen } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import type { ListColumn } from '@strata/ui/list-page';
import { Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HardshipRow, HardshipState } from '../common/api-types';
import { tabular } from '../common/money';
import { formatMonth } from '../common/month-text';

const stateColor: Record<HardshipState, string> = { proposed: 'blue', approved: 'green', declined: 'red' };

export function HardshipStateTag({ state }: { state: HardshipState }) {
  const { t } = useTranslation('dues');
  return (
    <Tag color={stateColor[state]} data-testid="hardship-state">
      {t(`hardshipState.${state}`)}
    </Tag>
  );
}

/** What the member pays a month while the reduction holds: the amount, or "waived" for nothing. */
export const payText = (t: TFunction, fen: number) => (fen === 0 ? t('dues:hardship.waived') : formatFen(fen));

/** The months a request covers, in the reader's language. */
export const monthsText = (t: TFunction, row: Pick<HardshipRow, 'fromMonth' | 'toMonth'>, language: string) =>
  row.fromMonth === row.toMonth
    ? formatMonth(row.fromMonth, language)
    : t('dues:hardship.months', { from: formatMonth(row.fromMonth, language), to: formatMonth(row.toMonth, language) });

export function useHardshipColumns(basePath: string, actions: (row: HardshipRow) => ReactNode) {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  const c = (key: string) => t(`hardship.columns.${key}`);
  const columns: ListColumn<HardshipRow>[] = [
    {
      key: 'member',
      title: c('member'),
      width: 110,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/members/${row.memberId}`} data-testid={`hardship-member-${row.id}`}>
          {row.memberName}
        </Link>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    { key: 'months', title: c('months'), width: 190, render: (_, row) => monthsText(t, row, language) },
    {
      key: 'pay',
      title: c('pay'),
      width: 130,
      align: 'right',
      render: (_, row) => (
        <span style={tabular} data-testid={`hardship-pay-${row.id}`}>
          {payText(t, row.payFen)}
        </span>
      ),
    },
    { key: 'reason', title: c('reason'), dataIndex: 'reason', width: 200, ellipsis: true },
    { key: 'state', title: c('state'), width: 110, render: (_, row) => <HardshipStateTag state={row.state} /> },
    {
      key: 'dates',
      title: c('dates'),
      width: 200,
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>{t('hardship.proposedAt', { at: formatDateTime(row.proposedAt, language) })}</span>
          {row.decidedAt && (
            <Typography.Text type="secondary">
              {t('hardship.decidedAt', { at: formatDateTime(row.decidedAt, language) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'answer',
      title: c('answer'),
      width: 180,
      ellipsis: true,
      render: (_, row) => row.answer || t('none'),
    },
    { key: 'actions', title: c('actions'), width: 90, render: (_, row) => actions(row) },
  ];
  return columns;
}
