// The members' board of the current unit and the units below it: pinned topics first, then by last activity; the
// state and title words in the URL; a new topic from the toolbar. Moderators also see held and hidden topics.
import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { type ListColumn, ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Segmented, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';
import { boardListSpec, statesFor, type TopicRow, type TopicState, toTopicListInput } from './board-list-spec';
import { AnswerTag, TopicFlags } from './board-tags';
import { NewTopicModal } from './new-topic-modal';

export function BoardListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const access = useAccess();
  const [creating, setCreating] = useState(false);
  const list = useListQuery(boardListSpec, { scope: unitId });
  const input = toTopicListInput(list.query, unitId);
  const result = useQuery({ ...trpc.mailbox.board.list.queryOptions(input), placeholderData: keepPreviousData });
  const states = statesFor(access.can('mailbox.moderate', unitId));
  const c = (key: string) => t(`board.columns.${key}`);
  const columns: ListColumn<TopicRow>[] = [
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
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    { key: 'author', title: c('author'), dataIndex: 'authorName', width: 130, ellipsis: true },
    { key: 'replies', title: c('replies'), dataIndex: 'replies', width: 80 },
    { key: 'answer', title: c('answer'), width: 140, render: (_, row) => <AnswerTag state={row.answer} /> },
    {
      key: 'dueDate',
      title: c('dueDate'),
      width: 130,
      render: (_, row) => formatCalendarDay(row.answerDueDate, i18n.language),
    },
    {
      key: 'lastPostAt',
      title: c('lastPostAt'),
      width: 160,
      render: (_, row) => formatDateTime(row.lastPostAt, i18n.language),
    },
  ];
  const state = input.state ?? 'all';
  const showState = (next: TopicState) =>
    list.setFilters({ ...list.query.filters, state: next === 'all' ? undefined : next });

  return (
    <PageFrame title={t('board.title')} testId="board-list-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('board.intro')}
      </Typography.Paragraph>
      <div style={{ overflowX: 'auto', maxWidth: '100%', paddingBottom: 2 }}>
        <Segmented<TopicState>
          aria-label={t('board.states')}
          data-neutral
          data-testid="board-states"
          value={state}
          onChange={showState}
          options={states.map((s) => ({ value: s, label: t(`board.state.${s}`) }))}
        />
      </div>
      <ListTable
        listId="mailbox.board"
        label={t('board.tableLabel')}
        userId={access.userId}
        testId="board"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1100}
        emptyText={t('board.empty')}
        actions={
          <Permitted permission="mailbox.post" unitId={unitId}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="board-create">
              {t('board.create')}
            </Button>
          </Permitted>
        }
        searchFields={[
          {
            name: 'q',
            label: t('board.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                maxLength={50}
                placeholder={t('board.filters.qPlaceholder')}
                data-testid="board-filter-search"
              />
            ),
          },
        ]}
      />
      <NewTopicModal unitId={unitId} basePath={basePath} open={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
