// The board's columns, as the letter queue's are: the title leading to the topic with its flags, then the answer
// deadline with its tag (orange due soon, red overdue) and the working days the unit was given, which a moderator
// scans first.
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Flex, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type TopicRow, topicFlags } from './board-list-spec';
import { AnswerTag, TopicFlags } from './board-tags';

export function useTopicColumns(basePath: string): ListColumn<TopicRow>[] {
  const { t, i18n } = useTranslation('mailbox');
  const c = (key: string) => t(`board.columns.${key}`);
  return [
    {
      key: 'title',
      title: c('title'),
      width: 300,
      render: (_, row) => (
        <Flex wrap gap={4} align="center">
          <Tooltip placement="topLeft" title={row.title}>
            <Link to={`${basePath}/board/${row.id}`} data-testid={`board-link-${row.id}`}>
              {row.title}
            </Link>
          </Tooltip>
          <TopicFlags row={row} />
        </Flex>
      ),
    },
    {
      key: 'dueDate',
      title: c('dueDate'),
      width: 230,
      render: (_, row) => (
        <Flex vertical gap={2} data-testid={`board-due-${row.id}`}>
          <Flex wrap gap={4} align="center">
            <span style={{ marginInlineEnd: 4 }}>{formatCalendarDay(row.answerDueDate, i18n.language)}</span>
            <AnswerTag state={row.answer} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('board.answerWithin', { count: row.answerDays })}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    { key: 'author', title: c('author'), dataIndex: 'authorName', width: 130, ellipsis: true },
    { key: 'replies', title: c('replies'), dataIndex: 'replies', width: 80 },
    {
      key: 'lastPostAt',
      title: c('lastPostAt'),
      width: 160,
      render: (_, row) => formatDateTime(row.lastPostAt, i18n.language),
    },
  ];
}

/** The export's columns: what the table shows, in words, so the file reads without the console. */
export function topicExportColumns(t: TFunction, language: string): ExportColumn<TopicRow>[] {
  const c = (key: string) => t(`mailbox:board.columns.${key}`);
  const e = (key: string) => t(`mailbox:board.export.${key}`);
  const list = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  return [
    { title: c('title'), value: (r) => r.title },
    { title: e('flags'), value: (r) => list.format(topicFlags(r).map((flag) => t(`mailbox:board.flag.${flag}`))) },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('author'), value: (r) => r.authorName },
    { title: e('createdAt'), value: (r) => formatDateTime(r.createdAt, language) },
    { title: e('answerDays'), value: (r) => r.answerDays },
    { title: c('dueDate'), value: (r) => r.answerDueDate },
    { title: c('answer'), value: (r) => t(`mailbox:board.answer.${r.answer}`) },
    { title: e('answeredAt'), value: (r) => (r.answeredAt ? formatDateTime(r.answeredAt, language) : '') },
    { title: c('replies'), value: (r) => r.replies },
    { title: c('lastPostAt'), value: (r) => formatDateTime(r.lastPostAt, language) },
  ];
}
