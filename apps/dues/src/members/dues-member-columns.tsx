// The collection list's columns: the name leading to the statement, the base and what it makes a month, the current
// month's standing and the arrears before it; every amount in yuan from whole fen. The export says the same in words.
import { formatFen } from '@strata/contract';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Flex, Grid, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesMemberRow } from '../common/api-types';
import { type Standing, standingOf } from '../common/domain-values';
import { fenOrDash, tabular } from '../common/money';

const standingColor: Record<Standing, string> = {
  paid: 'green',
  partly: 'gold',
  unpaid: 'red',
  notAssessed: 'default',
};

/** A code in the reader's words, or the code itself when the words have none (a stage the list does not expect). */
export const wordOr = (t: TFunction, key: string, code: string) => t(key, { defaultValue: code });

export function useDuesMemberColumns(basePath: string, actions: (row: DuesMemberRow) => ReactNode) {
  const { t } = useTranslation('dues');
  const phone = Grid.useBreakpoint().sm === false;
  const c = (key: string) => t(`members.columns.${key}`);
  const columns: ListColumn<DuesMemberRow>[] = [
    {
      key: 'name',
      title: c('name'),
      width: 110,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/members/${row.id}`} data-testid={`dues-member-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    { key: 'stage', title: c('stage'), width: 100, render: (_, row) => wordOr(t, `stage.${row.stage}`, row.stage) },
    {
      key: 'category',
      title: c('category'),
      width: 170,
      ellipsis: true,
      render: (_, row) => (row.category ? t(`category.${row.category}`) : t('members.noBase')),
    },
    {
      key: 'base',
      title: c('base'),
      width: 120,
      align: 'right',
      render: (_, row) => <span style={tabular}>{fenOrDash(row.baseFen)}</span>,
    },
    {
      key: 'due',
      title: c('due'),
      width: 110,
      align: 'right',
      render: (_, row) => (
        <span style={tabular} data-testid={`dues-member-due-${row.id}`}>
          {fenOrDash(row.dueFen)}
        </span>
      ),
    },
    {
      key: 'month',
      title: c('month'),
      width: 230,
      render: (_, row) => {
        const standing = standingOf(row);
        return (
          <Flex vertical gap={2} data-testid={`dues-member-month-${row.id}`}>
            <span>
              <Tag color={standingColor[standing]} data-testid="dues-standing">
                {t(`standing.${standing}`)}
              </Tag>
            </span>
            <Typography.Text type="secondary" style={tabular}>
              {t('members.monthFigures', {
                assessed: formatFen(row.assessedFen),
                paid: formatFen(row.paidFen),
                left: formatFen(row.leftFen),
              })}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'arrears',
      title: c('arrears'),
      width: 190,
      sorter: true,
      render: (_, row) =>
        row.arrearsMonths === 0 && row.arrearsFen === 0 ? (
          <Typography.Text type="secondary">{t('members.noArrears')}</Typography.Text>
        ) : (
          <Flex vertical gap={2} align="start" data-testid={`dues-member-arrears-${row.id}`}>
            <span style={tabular}>
              {t('members.arrearsFigures', { count: row.arrearsMonths, amount: formatFen(row.arrearsFen) })}
            </span>
            {row.flagged && (
              <Tag color="red" data-testid="dues-flagged">
                {t('members.flagged')}
              </Tag>
            )}
          </Flex>
        ),
    },
    // The list pins its actions at the right and the name at the left. On a phone (below 576 px) the four actions,
    // 340 px in a row, and the name were wider together than the 366 px a 390 px screen gives the table: the actions
    // were drawn under the name, 记录缴费 out of reach. There they wrap into a narrower column, still pinned (ListTable
    // would unpin wider ones: pinActions).
    { key: 'actions', title: c('actions'), width: phone ? 170 : 340, render: (_, row) => actions(row) },
  ];
  return columns;
}

/** The export's columns: what the table shows, in words, amounts in yuan. */
export function duesMemberExportColumns(t: TFunction): ExportColumn<DuesMemberRow>[] {
  const c = (key: string) => t(`dues:members.columns.${key}`);
  const e = (key: string) => t(`dues:members.export.${key}`);
  return [
    { title: c('name'), value: (r) => r.name },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('stage'), value: (r) => wordOr(t, `dues:stage.${r.stage}`, r.stage) },
    { title: c('category'), value: (r) => (r.category ? t(`dues:category.${r.category}`) : '') },
    { title: c('base'), value: (r) => (r.baseFen === null ? '' : formatFen(r.baseFen)) },
    { title: c('due'), value: (r) => (r.dueFen === null ? '' : formatFen(r.dueFen)) },
    { title: e('standing'), value: (r) => t(`dues:standing.${standingOf(r)}`) },
    { title: e('assessed'), value: (r) => formatFen(r.assessedFen) },
    { title: e('paid'), value: (r) => formatFen(r.paidFen) },
    { title: e('left'), value: (r) => formatFen(r.leftFen) },
    { title: e('arrearsMonths'), value: (r) => r.arrearsMonths },
    { title: e('arrearsAmount'), value: (r) => formatFen(r.arrearsFen) },
    { title: e('flagged'), value: (r) => t(r.flagged ? 'common:yes' : 'common:no') },
  ];
}
