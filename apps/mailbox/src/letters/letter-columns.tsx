import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Flex, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LetterRow } from '../common/api-types';
import { DeadlineTag, EscalatedTag, ExtensionTag, StatusTag } from '../common/letter-tags';

/**
 * The queue's columns: the number to quote on the phone, the title leading to the letter, then the deadline with its
 * tags (due soon, overdue, escalated to the unit named), which a handler scans first.
 */
export function useLetterColumns(basePath: string): ListColumn<LetterRow>[] {
  const { t, i18n } = useTranslation('mailbox');
  const c = (key: string) => t(`letters.columns.${key}`);
  return [
    {
      key: 'number',
      title: c('number'),
      width: 130,
      render: (_, row) => (
        <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>{row.number}</Typography.Text>
      ),
    },
    {
      key: 'title',
      title: c('title'),
      width: 260,
      ellipsis: true,
      render: (_, row) => (
        <Tooltip placement="topLeft" title={row.title}>
          <Link to={`${basePath}/letters/${row.id}`} data-testid={`letter-link-${row.id}`}>
            {row.title}
          </Link>
        </Tooltip>
      ),
    },
    {
      key: 'dueAt',
      title: c('dueAt'),
      width: 240,
      sorter: true,
      render: (_, row) => (
        <Flex wrap gap={4} align="center">
          <span style={{ marginInlineEnd: 4 }}>{formatCalendarDay(row.dueDate, i18n.language)}</span>
          <DeadlineTag state={row.deadline} />
          {row.escalatedTo && <EscalatedTag unitName={row.escalatedTo.name} />}
        </Flex>
      ),
    },
    { key: 'kind', title: c('kind'), width: 110, render: (_, row) => t(`kind.${row.kind}`) },
    { key: 'status', title: c('status'), width: 100, render: (_, row) => <StatusTag status={row.status} /> },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    {
      key: 'receivedAt',
      title: c('receivedAt'),
      width: 150,
      sorter: true,
      render: (_, row) => formatDateTime(row.receivedAt, i18n.language),
    },
    {
      key: 'extension',
      title: c('extension'),
      width: 120,
      render: (_, row) => (row.extensionState === 'none' ? '—' : <ExtensionTag state={row.extensionState} />),
    },
  ];
}

/** The export's columns: what the table shows, in words, so the file reads without the console. */
export function letterExportColumns(t: TFunction, language: string): ExportColumn<LetterRow>[] {
  const c = (key: string) => t(`mailbox:letters.columns.${key}`);
  return [
    { title: c('number'), value: (r) => r.number },
    { title: c('title'), value: (r) => r.title },
    { title: c('kind'), value: (r) => t(`mailbox:kind.${r.kind}`) },
    { title: c('status'), value: (r) => t(`mailbox:status.${r.status}`) },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('receivedAt'), value: (r) => formatDateTime(r.receivedAt, language) },
    { title: c('dueAt'), value: (r) => r.dueDate },
    {
      title: t('mailbox:letters.export.deadline'),
      value: (r) => (r.deadline === 'none' ? '' : t(`mailbox:deadline.${r.deadline}`)),
    },
    {
      title: t('mailbox:letters.export.escalated'),
      value: (r) => r.escalatedTo?.name ?? '',
    },
    {
      title: c('extension'),
      value: (r) => (r.extensionState === 'none' ? '' : t(`mailbox:extension.${r.extensionState}`)),
    },
  ];
}
